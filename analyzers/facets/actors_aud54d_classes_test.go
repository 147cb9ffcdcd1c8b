package facets

import (
	"testing"
	"time"
)

// TestActorCiviliansBurnedAlive pins round 54's aud54d rule
// (actors_civarson.go): a child the text says burned ("احتراق رضيع
// فلسطيني حيا") in a sentence that names the fire's setting or setter,
// and a child killed "في اعتداء بالحرق", are an arson's victims, as the
// golds code the Duma arson's family in every story that names it. The
// want rows fail on main. The guards: a child burned with no setter named
// (a house fire by mishap), a car's burning, and "بالحرق" with no one hurt.
func TestActorCiviliansBurnedAlive(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "2015-08-03-1223 (round54-blindd)", title: "مواجهات في الأقصى",
			text: "اندلعت اشتباكات عنيفة امس في المسجد الاقصى في القدس المحتلة بعد يومين على احتراق رضيع فلسطيني حيا الجمعة الماضية على اثر اضرام مستوطنين متطرفين النار في منزله في الضفة الغربية. وتجمع عشرات الفلسطينيين وهم يحملون صور الطفل علي دوابشة البالغ من العمر 18 شهرا والذي احترق حيا، امام بوابات المسجد الاقصى.",
			want: []string{"civilians"}},
		{id: "2015-08-02-111", title: "وزير الدفاع الإسرائيلي يوافق على تطبيق الاعتقال الإداري ليهود متطرفين",
			text: "وافق وزير الدفاع الإسرائيلي على تطبيق الاعتقال الاداري الذي يطبق عادة على المعتقلين الفلسطينيين ضد المتطرفين اليهود، بعد احتراق رضيع فلسطيني حيا الجمعة، على اثر إضرام مستوطنين متطرفين النار في منزله في الضفة الغربية.",
			want: []string{"civilians"}},
		{id: "2015-08-10-1330 (blind)", title: "إسرائيل تعتقل «إدارياً» إرهابيين يهوديين",
			text: "أفادت وسائل إعلام إسرائيلية بأنه تم تحويل اثنين من اليهود المتشددين إلى الاعتقال الإداري، وذلك في ثاني إجراء من نوعه منذ مقتل رضيع فلسطيني ووالده في اعتداء بالحرق ارتكبه يهود متشددون في الضفة الغربية.",
			want: []string{"civilians"}},
		// Guards: no setter, no person, no one hurt.
		{id: "guard: house fire", title: "وفاة طفل في جدة",
			text: "أعلن الدفاع المدني وفاة رضيع بعد احتراق طفل في منزل أسرته بحي الصفا في جدة.",
			not:  []string{"civilians"}},
		{id: "guard: a car burns", title: "",
			text: "أدى الحادث إلى احتراق سيارة على الطريق السريع بعد أن أضرم سائقها النار فيها.",
			not:  []string{"civilians"}},
		{id: "2015-08-08-278", title: "",
			text: "وكانت المانيا قد شهدت موجة من الهجمات بالحرق على عدد من نزل اللاجئين.",
			not:  []string{"civilians"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
