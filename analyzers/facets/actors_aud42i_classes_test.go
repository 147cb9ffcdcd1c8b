package facets

import "testing"

// TestActorBackedForceOtherLand pins the SDF's backer aliases ("قوات مدعومة
// من الولايات المتحدة") in another land's story (backedNotForce,
// actors_backers.go; otherLandStory): Reuters' boilerplate on the Taliban
// "بعد الإطاحة بها من الحكم عام 2001 على يد قوات مدعومة من الولايات
// المتحدة" in two Kabul stories read as the SDF (aud42i's sample,
// AL-internationalNews-1461). With no Syria in the title or lead, no Syrian
// governorate or known town, and no Syrian word in the sentence or the next,
// a US-backed force is that land's. The not rows fail before aud42i. Guards:
// the same alias in a story of Syria stays the SDF.
func TestActorBackedForceOtherLand(t *testing.T) {
	checkStateClass(t, []stateClassCase{
		{id: "AL-internationalNews-1461-20180604 (shortened)", title: "تفجير يستهدف رجال دين داعين للسلام في كابول.. ومقتل 8",
			text: "قتل انتحاري الاثنين 8 أشخاص على الأقل قرب رجال دين مسلمين أثناء مغادرتهم خيمة كبيرة في العاصمة الأفغانية #كابول حيث تجمعوا لشجب الإرهاب والدعوة للسلام، وفق مسؤولين أمنيين.\n" +
				"وانفجرت القنبلة قرب منطقة سكنية غرب كابول حيث تنتحب النساء اللواتي تجمعن مع أفراد عائلاتهن.\n" +
				"وتسعى طالبان لفرض تطرفها بعد الإطاحة بها من الحكم عام 2001 على يد قوات مدعومة من الولايات المتحدة.",
			not: []string{"sdf"}},
		{id: "AL-internationalNews-1484-20180605 (shortened)", title: "الرئيس الأفغاني يدعم فتوى تحريم الهجمات الانتحارية",
			text: "أدان الرئيس الأفغاني، أشرف عبد الغني، تفجيراً انتحارياً خارج سرادق للسلام اجتمع فيه رجال دين مسلمون في كابول الاثنين، معبراً عن دعمه لفتواهم بتحريم الهجمات الانتحارية التي قال إنها تتعارض مع تعاليم الإسلام.\n" +
				"وأعلن تنظيم #داعش مسؤوليته عن الهجوم. ونفت حركة طالبان مسؤوليتها عن الهجوم. وتقاتل طالبان لفرض تطرفها بعد الإطاحة بها من الحكم عام 2001 على يد قوات مدعومة من الولايات المتحدة.",
			not: []string{"sdf"}},
		// Guard: the alias in a story of Syria.
		{id: "CN-internationalNews-730-20181018 (shortened)", title: "البنتاغون ترد على بوتين بشأن ما قاله عن \"رهائن\" أمريكيين لدى داعش في سوريا",
			text: "وفي حديثه بمؤتمر عقد في سوتشي، الخميس، قال بوتين إن نحو 700 شخص احتجزوا كرهائن على الضفة اليسرى لنهر الفرات وهي منطقة تسيطر عليها القوات المدعومة من الولايات المتحدة.",
			want: []string{"sdf"}},
		// Guard: the alias beside US forces attacked in Syria.
		{id: "AL-internationalNews-11-20180218 (shortened)", title: "ماتيس: لا أعلم حتى الآن من هاجم قواتنا في سوريا",
			text: "قال وزير الدفاع الأميركي #جيمس_ماتيس إن الولايات المتحدة لم تتأكد بعد من الجهة التي نفذت هجوما في 7 فبراير/شباط على القوات الأميركية والقوات المدعومة من الولايات المتحدة، لكنه أقر بوجود روايات عن ضلوع متعاقدين روس مدنيين في الحادث.",
			want: []string{"sdf"}},
	})
}
