package facets

import (
	"testing"
	"time"
)

// TestActorSyriaJailer pins round 53's m53afn class (actors_syriajailer.go,
// syriaJailerMentions): Syria's government or a security organ of Syria's
// named by the adjective, right after a past arrest verb ("اعتقلته الحكومة
// السورية"، "واعتقلت السلطات السورية"), is the regime as the jailer. Blind
// BB-middleEast-96 and BB-middleEast-836 code syrian-government for them;
// the want rows fail on main. Guards: another state's regime as the jailer
// (the bare "النظام" with no Syrian adjective), Turkey's authorities
// arresting journalists at home (not Syria's, and no war's arrest).
func TestActorSyriaJailer(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "BB-middleEast-836-20180803", title: "إسجاء \"ألف وردة\" دمشقية في تشييع جنازة الممثلة السورية الراحلة مي سكاف في فرنسا",
			text: "شُيعت في العاصمة الفرنسية باريس جنازة الممثلة السورية المعارضة مي سكاف التي توفيت في المنفى يوم الاثنين 23 يوليو/تموز 2018 قبل بلوغها الخمسين.\n" +
				"وذكرت تقارير أن مي توفيت جراء الإصابة بسكتة دماغية، لكن الجهات الرسمية في فرنسا لم تصدر بيانا عن سبب الوفاة.\n" +
				"واعتقلت السلطات السورية مي في عام 2011 مع عدد من الممثلين والفنانين الذين كانوا يستعدون للخروج في مظاهرة ضد حكم الرئيس بشار الأسد.\n" +
				"وأحيلت حينها إلى ما يسمى بمحكمة \"الإرهاب\"، حيث واجهت اتهامات، منها \"المساس بأمن الدولة\".",
			want: []string{"syrian-government"}},
		{id: "BB-middleEast-96-20180226", title: "من هو صالح مسلم الذي تطلبه تركيا بأي ثمن؟",
			text: "أوقفت السلطات في جمهورية التشيك صالح مسلم، الرئيس السابق لحزب الإتحاد الديمقراطي الكردي السوري.\n" +
				"ولد مسلم عام 1951 في قرية شيران في كوباني (عين العرب)، لعائلة متوسطة.\n" +
				"شارك في تأسيس حزب الاتحاد الديمقراطي عام 2003 وأصبح عضواً في اللجنة التنفيذية للحزب.\n" +
				"اعتقلته الحكومة السورية في كوباني وبقي في السجن لمدة عام كامل، تعرض فيها للتعذيب والتحقيقات حسب قوله، ووُضع في سجن انفرادي لمدة شهر دون توجيه أي تهمة.",
			want: []string{"syrian-government"}},
		// Guard: Iran's regime as the jailer, with no Syrian adjective.
		{id: "SK-middleEast-626-20180328", title: "عاصفة تهدد النظام الإيراني.. العوامل اختلفت والعالم يترقب",
			text: "وقد أفادت تقارير وسائل الإعلام أن 85 في المئة من جميع المحتجين الذين اعتقلهم النظام هم دون سن الخامسة والثلاثين.",
			not:  []string{"syrian-government"}},
		// Guard: Turkey's authorities jailing journalists at home.
		{id: "guard-turkish-arrest", title: "تركيا تعتقل صحفيين",
			text: "اعتقلت السلطات التركية 12 صحفيا بتهمة الانتماء إلى حركة غولن.",
			not:  []string{"syrian-government", "turkey"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
