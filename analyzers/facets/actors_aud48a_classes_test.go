package facets

import (
	"testing"
	"time"
)

// TestActorAlongsidePresence pins round 48's blind audit a class
// (aud48a): a foreign state by its name right after "إلى جانب" when a
// military presence ends right before it, "حيث تحتفظ فرنسا بوجود عسكري
// إلى جانب الولايات المتحدة" in Raqqa (alongsidePresence,
// actors_statepresence.go): the United States' forces are there too, and
// the gold guide codes a state whose forces are in the war (rul45a-3 (i));
// the pool's SK-middleEast-3024 codes usa for the same sentence. The want
// rows fail on main. Guards: a presence with no military adjective, the
// same sentence outside Syria, and a summit's seat "ستشارك فيها إلى جانب
// روسيا".
func TestActorAlongsidePresence(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "FR-internationalNews-2422-20180721 (shortened)", title: "فرنسا ترسل 50 طنا من المساعدات الإنسانية إلى سوريا  بعد اتفاق مع روسيا",
			text: "وتبلغ قيمة هذه المساعدات نحو 400 ألف يورو(469 ألف دولار) وتمثل جزءا من تعهد من باريس بتقديم 50 مليون يورو استخدمت حتى الآن بشكل رئيسي في منطقة الرقة بشمال شرق سوريا حيث تحتفظ فرنسا بوجود عسكري إلى جانب الولايات المتحدة.",
			want: []string{"usa"}},
		{id: "SK-middleEast-3024-20180721", title: "مساعدات فرنسية لغوطة دمشق بعد اتفاق مع روسيا",
			text: "قال مسؤولون فرنسيون إن بلادهم أرسلت 50 طنا من المساعدات الطبية إلى الغوطة الشرقية التي تسيطر عليها الحكومة في سوريا الجمعة، بعد أن وافقت روسيا على تسهيل تسليمها.\nوستصل المساعدات من فرنسا على متن طائرة روسية إلى قاعدة عسكرية روسية في شمال غرب سوريا السبت، وتأتي بعد اتفاق بين الرئيس الفرنسي إيمانويل ماكرون ونظيره الروسي فلاديمير بوتن عقب محادثات منذ مايو.\nونقلت وكالة \"رويترز\" عن مصدر دبلوماسي فرنسي قوله \"هذه العملية مهمة جدا لأنها توضح استعداد الروس للعمل معنا بشأن مسألة تحتل أولوية. تلك المنطقة تصرخ طلبا للمساعدة\".\nوأضاف المصدر الدبلوماسي أن تلك ستكون أول مرة تسلم فيها دولة غربية مساعدات لمناطق تسيطر عليها الحكومة بمساعدة روسيا.\nوقال المسؤولون الفرنسيون إن بلادهم تلقت تأكيدات من موسكو بالحصول على كل الموافقات المطلوبة من حكومة الرئيس السوري بشار الأسد لتسليم المساعدات للغوطة الشرقية وإن باريس لا تتوقع أن تستخدم السلطات السورية الشحنة في أغراض سياسية.\nوتهدف المساعدات الفرنسية إلى إعانة 500 شخص مصابين بجروح خطيرة و15 ألف شخص آخرين مصابين بجروح طفيفة.\nوتبلغ قيمة هذه المساعدات نحو 469 ألف دولار، وتمثل جزءا من تعهد من باريس بتقديم 50 مليون يورو استخدمت حتى الآن بشكل رئيسي في منطقة الرقة بشمال شرق سوريا حيث تحتفظ فرنسا بوجود عسكري إلى جانب الولايات المتحدة.\nواستعادت القوات الموالية للحكومة السيطرة على منطقة الغوطة الشرقية من يد مقاتلي المعارضة في أبريل بعد محاصرة المنطقة لعدة سنوات وقصفها بعنف.\nولم تصل إلى الغوطة الشرقية التي يقطنها نحو نصف مليون نسمة مساعدات تذكر منذ أبريل، لكن مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية تمكن من تسليم مساعدات غذائية لنحو 25 ألفا في أوائل يوليو.",
			want: []string{"usa"}},
		// Guard: a presence with no military adjective.
		{id: "guard-civil-presence", title: "مساعدات فرنسية إلى شمال سوريا",
			text: "وتنفق المساعدات في منطقة الرقة بشمال شرق سوريا حيث تحتفظ فرنسا بوجود إنساني إلى جانب الولايات المتحدة.",
			not:  []string{"usa"}},
		// Guard: the same construction outside Syria's war (the rule
		// reads only articles about Syria).
		{id: "guard-not-syria", title: "فرنسا ترسل مساعدات إلى النيجر",
			text: "وتنفق المساعدات في شمال النيجر حيث تحتفظ فرنسا بوجود عسكري إلى جانب الولايات المتحدة.",
			not:  []string{"usa"}},
		// Guard: a summit's seat beside a state.
		{id: "guard-summit-seat", title: "قمة رباعية حول سوريا في اسطنبول",
			text: "قمة اسطنبول حول سوريا، حسب الدعوات الموجهة، ستشارك فيها إلى جانب روسيا كل من تركيا وألمانيا وفرنسا.",
			not:  []string{"russia"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
