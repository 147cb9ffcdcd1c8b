package facets

import "testing"

// Round 58's helper m58wage: a two-letter word the analysis chain keeps
// whole with its conjunction (وشن، فشن، وتم، وحث…): cliticForms takes و
// and ف off four letters or more only, so a set that lists the bare word
// misses it written with و or ف. conjForms gives such a set both forms.

// issHole is SK-technology-1467-20180912 (ant-all), a story of the hole
// found in the space station, its finding told "وتم اكتشاف … يوم 29
// أغسطس".
const issHoleBody = "أثار ظهور ثقب في جدار داخلي في محطة الفضاء الدولية الكثير من المخاوف والتكهنات، مما استدعى فتح تحقيق لمعرفة سبب حدوث هذا الثقب، وفق ما نقلت صحيفة \"ديلي ميل\" البريطانية.\nوتم اكتشاف \"الثقب الصغير\" في المحطة الفضائية، التي تبلغ تكلفتها 150 مليار دولار (115 مليار جنيه إسترليني)، بعد أن لاحظ رواد الفضاء انخفاضا في الضغط يوم 29 أغسطس.\nوقال مسؤول روسي، الأسبوع الماضي، إن الثقب في محطة الفضاء الدولية، الذي يُعتقد أن عرضه يبلغ حوالي 2 مليميتر، يمكن أن يكون ناجما عن عمل متعمد من شخص ما.\nوأوضح سيرجي بروكوبييف، في شريط فيديو أصدرته وكالة الفضاء الروسية، كيف عثر الطاقم على الثقب الصغير، مضيفا أن الحياة عادت لطبيعتها بعدما أصلحوا المشكلة.\nوفي حديثه من المركبة الفضائية الروسية \"سويوز\"، قال إنه تم تصحيح المشكلة بسرعة، تفاديا لأي اضطرابات، مشيرا إلى أن فريقا حكوميا يحقق في الحادث لمعرفة سبب ظهور الفجوة.\nولم يتهم بروكوبييف أي شخص من الموجودين حاليا على متن المحطة، وهم 3 أميركيين وروسيين وألمانيا."

func TestConjFormsSets(t *testing.T) {
	for _, c := range []struct {
		name string
		set  *words
		w    string
		want bool
	}{
		{"fail on main: وشن wages a bare strike (wagedStrike)", strikeWaged, "وشن", true},
		{"fail on main: فشن wages a bare strike (wagedStrike)", strikeWaged, "فشن", true},
		{"fail on main: وشن launches (launchedWords)", launchedWords, "وشن", true},
		{"fail on main: وشن raids a village (villageRaidWords)", villageRaidWords, "وشن", true},
		{"fail on main: وتم tells a deed took place (tookPlace)", tookPlace, "وتم", true},
		{"fail on main: وحث urges (urgeVerbs)", urgeVerbs, "وحث", true},
		{"held as before: وشن a raid (raidWagedBefore)", raidWagedBefore, "وشن", true},
		{"guard: militaryWords keeps the bare شن only: 'وشن حملة ممنهجة ضدها' (BB-internationalNews-675) and 'وشن حملة تضليل' (SK-internationalNews-1580) are campaigns of words", militaryWords, "وشن", false},
		{"guard: combatWords keeps the bare شن only (SK-internationalNews-1580)", combatWords, "وشن", false},
		{"guard: a three-letter word takes no form of its own (cliticForms reads وشنت)", strikeWaged, "وشنت", false},
	} {
		if got := c.set.contains(c.w); got != c.want {
			t.Errorf("%s: %s in set %v, want %v", c.name, c.w, got, c.want)
		}
	}
}

func TestEventDateConjTookPlace(t *testing.T) {
	checkDates(t, []dateCase{
		{"fail on main: 'وتم اكتشاف الثقب الصغير … يوم 29 أغسطس': the finding is told by its taking-place verb with و", "SK-technology-1467-20180912",
			"لغز \"ثقب الجدار\" في محطة الفضاء الدولية يثير مخاوف", issHoleBody,
			"2018-09-12 15:20", "2018-08-29"},
	})
}
