package facets

import "testing"

// The Saudi border's projectiles from Yemen, told as a مقذوف named military
// or Houthi, falling or hitting someone, are shelling; the مقذوفات fans
// throw onto a pitch are nothing.
func TestEventTypesBorderProjectile(t *testing.T) {
	const typ = "shelling-artillery-missile-attack"
	checkTypes(t, []typeCase{
		{"a soldier killed after a projectile hit him", "2015-08-06-1453",
			"استشهاد الجندي أول يحي الشامري بمقذوف في جيزان",
			"أعلنت قيادة القوات المشتركة في بيان لها يوم أمس استشهاد الجندي أول يحي متعب الشامري -رحمه الله- من منسوبي القوات البرية بعد إصابته بمقذوف بقطاع جيزان، داعية الله بأن يتغمده بواسع رحمته ويتقبله مع الشهداء، ويلهم أهله وذويه الصبر والسلوان.",
			"2015-08-06 10:00", typ, true},
		{"military projectiles falling from Yemen and hurting a citizen", "2015-07-25-1007",
			"إصابة مواطن جراء سقوط مقذوف على جازان",
			"باشرت فرق الدفاع المدني بنجران اليوم السبت، بلاغاً حول سقوط مقذوفات عسكرية من الحدود اليمنية، نتج عنها إصابة مواطن.\n" +
				"وقال الدفاع المدني أن الفرق باشرت بلاغا عن سقوط مقذوف من الأراضي اليمنية في أرض بجوار الشارع المؤدي لمركز الموسم نتج عنه إصابة مواطن وتم نقله للمستشفى لتلقي العلاج اللازم.",
			"2015-07-25 10:00", typ, true},
		// Guard: fans' projectiles, with no military or Houthi word and no fall.
		{"fans throwing projectiles onto the pitch", "SK-sport-1016-20180504",
			"سيميوني يتلقى عقابا قاسيا لإهانته الحكم",
			"أعلن الاتحاد الأوروبي لكرة القدم، الجمعة، إيقاف دييغو سيميوني مدرب أتليتيكو مدريد أربع مباريات بداعي إهانة الحكم.\n" +
				"كما عاقبت لجنة الانضباط بالاتحاد الاوروبي النادي الإسباني بغرامة عشرة آلاف يورو بعدما ألقت جماهيره مقذوفات على أرض الملعب.",
			"2018-05-04 16:49", typ, false},
	})
}
