package facets

import (
	"testing"
	"time"
)

// TestKilledM55bugs pins round 55's execution fix (m55bugs): an execution
// carried out (tolls_executed.go, toll.executed) keeps its executed as the
// toll in a trial's story though its sentence names the charge they were
// convicted of: Japan's seven Aum members, "إعدام سبعة أشخاص ... بعد
// إدانتهم" over "نفذت السلطات اليابانية ... حكم الإعدام" (FR-internationalNews-2183,
// coded 7 in round55-blindd; none on main, chargeTold dropped it). Guards: a
// death sentence passed, not carried out, and a trial's charge that retells
// an older killing.
func TestKilledM55bugs(t *testing.T) {
	checkKilled(t, []tollCase{
		{"FR-internationalNews-2183-20180706", "اليابان: إعدام سبعة أشخاص من جماعة أوم بعد إدانتهم بتنفيذ هجوم بغاز السارين في 1995", "بعد محاكمة استمرت 20 عاما، نفذت السلطات اليابانية صباح الجمعة حكم الإعدام في زعيم جماعة أوم السابق شوكو أساهارا وستة آخرين من أعضائها، بعد إدانتهم بتنفيذ هجوم بغاز الأعصاب على قطار أنفاق طوكيو العام 1995، ما أسفر عن مقتل 13 شخصا وإصابة أكثر من 6 آلاف آخرين. وكان أساهارا أسس تلك الجماعة في 1987 وبلغ عدد المنتمين إليها في أوج مجدها 10 آلاف شخص على الأقل.\nتم تنفيذ حكم الإعدام اليوم الجمعة في الزعيم السابق لجماعة أوم وستة أشخاص آخرين من أعضائها الذين نفذوا هجوما بغاز السارين على قطار أنفاق طوكيو العام 1995، بحسب ما أعلنت هيئة الإذاعة والتلفزيون اليابانية.", "2018-07-06 05:00", 7},
		// Guards.
		{"sentence passed", "محكمة تقضي بإعدام سبعة أشخاص بعد إدانتهم بالإرهاب", "قضت محكمة جنايات القاهرة، الأحد، بإعدام سبعة أشخاص بعد إدانتهم بتهم إرهاب، في قضية تعود إلى عام 2015.", "2018-07-08 10:00", -1},
		{"charge retold", "بدء محاكمة متهمين بتفجير كنيسة", "بدأت محكمة عسكرية، الأحد، محاكمة 48 متهما بتهمة تنفيذ تفجير كنيسة أسفر عن مقتل 29 شخصا في عام 2016.", "2018-07-08 10:00", -1},
	})
}

// TestM55bugsVolcanoNames pins round 55's disaster-word fix (m55bugs,
// disaster_names.go): بركان as the name of a settlement, an industrial
// zone, a missile or a club is no volcano, so the settlers a gunman killed
// "في منطقة صناعية مجاورة لمستوطنة "بركان"" stay civilians (blind
// SK-middleEast-3831, coded civilians; dropped on main as a disaster's
// victims). Guards: a volcano's victims, named by its area too.
func TestM55bugsVolcanoNames(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "SK-middleEast-3831-20181011", title: "فلسطيني يطعن جنديا إسرائيليا بالضفة.. والجيش يغلق طرقا",
			text: "أغلق الجيش الإسرائيلي، الخميس، الطرق المؤدية إلى مدينة نابلس، شمالي الضفة الغربية، بعدما قال، إن إسرائيليين أصيبا أحدهما جندي في هجوم طعن، فيما رشق مستوطنون سيارات فلسطينية بالحجارة، وفق ما أورد مراسلنا.\nوكانت الضفة الغربية شهدت، الأحد الماضي، هجوما قتل فيه مستوطنان وأصيب ثالث بجروح، بعدما أطلق شاب فلسطيني الرصاص عليهم في منطقة صناعية مجاورة لمستوطنة \"بركان\" شمالي الضفة الغربية.",
			want: []string{"civilians"}},
		// guards
		{id: "a volcano's area", title: "ثوران بركان في إندونيسيا",
			text: "أصيب 20 شخصا بجروح جراء ثوران بركان سينابونغ، وفر آلاف السكان من القرى حول منطقة بركان سينابونغ.",
			not:  []string{"civilians"}},
		{id: "a volcano's eruption", title: "ثوران بركان فويغو في غواتيمالا",
			text: "وكافح رجال الإنقاذ للوصول إلى سكان ريفيين تقطعت بهم السبل بسبب ثوران البركان، الذي أدى أيضاً لإصابة 20 شخصاً على الأقل.",
			not:  []string{"civilians"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
	for _, c := range []struct {
		text string
		want bool
	}{
		{"مجاورة لمستوطنة \"بركان\" شمالي الضفة", true},
		{"وقع بمنطقة بركان الصناعية", true},
		{"بالمنطقة الصناعية بركان شمالي", true},
		{"أطلقوا صاروخ بركان 1 على الرياض", true},
		{"من صواريخ البركان الباليستية", true},
		{"سيواجه نهضة بركان المغربي", true},
		{"ثوران بركان كيلاويا", false},
		{"حول منطقة بركان سينابونغ", false},
		{"الحمم البركانية من البركان", false},
	} {
		toks := tokenize("", c.text)
		got := false
		for j := range toks {
			got = got || volcanoNamed(toks, j)
		}
		if got != c.want {
			t.Errorf("%s: volcanoNamed %v, want %v", c.text, got, c.want)
		}
	}
}
