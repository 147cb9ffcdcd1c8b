package facets

import "testing"

// A clash word told at the Gaza fence, at the Aqsa mosque or against the
// occupation's forces, with no armed side named in its sentence, is
// marchers, stone-throwers or settlers meeting soldiers or guards: no armed
// clash. A clash at another border, or one naming an armed side, stays.
func TestEventTypesOccupationFront(t *testing.T) {
	const clash = "armed-clash"
	const (
		fence    = "أعلنت وزارة الصحة الفلسطينية عن مقتل فلسطينيين اثنين، الثلاثاء، في مواجهات مع الجيش الإسرائيلي قرب السياج الفاصل بين قطاع غزة وإسرائيل، ليرتفع عدد القتلى منذ الاثنين إلى 62."
		aqsa     = "ووقعت مواجهات خفيفة بين المستوطنين وحراس الحرم الفلسطينيين، اعتقل على إثرها عدد من حراس الحرم."
		jenin    = "استشهد الشاب الفلسطيني «محمد أحمد علاونة - 21 عاماً» جراء إصابته بعيار ناري في الصدر في مواجهات مع قوات الاحتلال الإسرائيلي جرت فجر أمس الأربعاء.."
		turkey   = "قال مسؤول تركي كبير، اليوم (الخميس)، ان جنديا تركيا قتل وأصيب آخر في اشتباكات مع تنظيم \"داعش\" المتطرف عبر الحدود مع سوريا اليوم."
		zabadani = "لقي ستة من مقاتلي المعارضة السورية على الأقل مصرعهم في اشتباكات بين القوات النظامية ومقاتلي الفصائل الإسلامية في مدينة الزبداني قرب الحدود مع لبنان."
	)
	checkTypes(t, []typeCase{
		{"marchers shot at the Gaza fence", "SK-middleEast-1725-20180515",
			"في يوم النكبة.. رصاص إسرائيل يواصل قتل الفلسطينيين", fence, "2018-05-15 17:22", clash, false},
		{"settlers and the Aqsa guards", "SK-middleEast-1650-20180513",
			"مستوطنون يقتحمون الأقصى تحت حراسة الشرطة الإسرائيلية", aqsa, "2018-05-13 14:07", clash, false},
		{"a young man shot in confrontations with the occupation", "2015-07-23-299",
			"الاحتلال يقتل شاباً فلسطينياً بدم بارد في جنين", jenin, "2015-07-23 17:28", clash, false},
		// Near misses that keep the clash: another border, an armed side.
		{"a clash across Turkey's border", "2015-07-23-13",
			"مقتل جندي تركي وإصابة آخر باشتباكات مع «داعش» على الحدود السورية", turkey, "2015-07-23 19:28", clash, true},
		{"a clash near Lebanon's border", "2015-07-21-2034",
			"سوريا : قتلى بالزبداني والمعارضة تمطر قرى شيعية بالقذائف", zabadani, "2015-07-21 17:02", clash, true},
	})
}

// A repelling told at the Aqsa or among settlers (يتصدون لزحف الجماعات
// الصهيونية) is the occupation front's confrontation, as a clash word
// there is; a front's repelled attack stays a clash.
func TestEventTypesRepelledAtFront(t *testing.T) {
	const clash = "armed-clash"
	checkTypes(t, []typeCase{
		{"worshippers at the Aqsa repelling a march", "2015-07-27-338",
			"المرابطون في المسجد الأقصى يتصدون لزحف الجماعات الصهيونية المتطرفة",
			"أُصيب صباح أمس الأحد العشرات من المصلين المسلمين بالأعيرة المطاطية وبحالات اختناق نتيجة استنشاقهم غاز الفلفل السام، خلال مواجهات عنيفة شهدتها ساحات المسجد الأقصى المبارك عقب اقتحام قوة معززة من عناصر الوحدات الخاصة الإسرائيلية المسجد لقمع المعتكفين المسلمين بداخله، ولتأمين اقتحامات المستوطنين الصهاينة واحتفالاتهم بما يسمى «ذكرى خراب الهيكل المزعوم».\n" +
				"فيما أُصيب 4 جنود مما يسمى «حرس الحدود» في الجيش الإسرائيلي في المواجهات التي اندلعت مع الاحتلال أثناء اقتحام المسجد الأقصى، وتم نقل 2 منهم إلى المستشفى لتلقي العلاج.",
			"2015-07-27 17:02", clash, false},
		// Guard: a front's repelled attack, no occupation mark.
		{"an attack repelled in Taiz", "SK-middleEast-192-20180310",
			"التحالف يدمر آليات عسكرية لمليشيا الحوثي في مطار تعز", "كما صدت قوات الجيش الوطني في اللواء 22 هجوماً عنيفاً لمليشيات الحوثي الانقلابية في محيط القصر الجمهوري ومعسكر التشريفات، مكبدا المليشيا خسائر فادحة.", "2018-03-10 00:09", clash, true},
	})
}
