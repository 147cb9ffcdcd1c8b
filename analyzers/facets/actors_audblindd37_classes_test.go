package facets

import "testing"

// TestActorsWordsAttack37 pins wagedWordsAttack (actors_statediplomacy.go),
// from round 37's blind audit (audblindd37): a waging verb whose attack is
// one of words ("شن ... هجوما حادا على ألمانيا متهما إياها") makes no state
// a party, as verbalAttack already held for the noun alone. Real corpus
// sentences that fail on the rules before; the guard, a real offensive
// waged, keeps its state.
func TestActorsWordsAttack37(t *testing.T) {
	for _, c := range []struct {
		name, id, title, text, pub, actor string
		want                              bool
	}{
		{"a war of words at a NATO summit: شن ترامب هجوما حادا على ألمانيا", "FR-internationalNews-2262-20180711", "قمة حلف الناتو: مواجهة كلامية غير مباشرة بين ترامب وميركل في اليوم الأول",
			"شن الرئيس الأمريكي دونالد ترامب الأربعاء هجوما حادا على ألمانيا متهما إياها بإثراء روسيا وعدم الوفاء بالتزاماتها خلال اليوم الأول من قمة حلف شمال الأطلسي في بروكسل.",
			"2018-07-11 17:25", "usa", false},
		{"a press campaign: شنت الصحافة الموالية لأردوغان هجوما حادا على الدوحة", "SK-economy-1265-20180903", "اتفاق جديد يستنزف قطر لصالح تركيا",
			"ولم يعلن النظام القطري عن حزمة المساعدات إلا بعد تعرضه لضغوط من أنقرة، حيث شنت الصحافة الموالية لأردوغان هجوما حادا على الدوحة وصف بـ\"حملة ابتزاز\"، بسبب صمتها حيال الأزمة المالية التي تعاني منها البلاد جراء التوتر المتصاعد مع الولايات المتحدة.",
			"2018-09-03 14:26", "turkey", false},
		{"a summit statement: شنت الرياض هجوما على إيران، متهمة إياها", "FR-internationalNews-742-20180415", "السعودية: القادة العرب ينددون بقرار نقل السفارة الأمريكية في إسرائيل إلى القدس",
			"ندد قادة الدول العربية في قمتهم السنوية في مدينة الظهران السعودية اليوم الأحد، بالقرار الأمريكي الاعتراف بالقدس عاصمة لإسرائيل، فيما شنت الرياض هجوما على إيران، متهمة إياها بالتدخل في الشؤون العربية.",
			"2018-04-15 19:38", "iran", false},
		{"guard: شنت تركيا هجوما جويا وبريا في منطقة عفرين", "AL-internationalNews-29-20180217", "",
			"وشنت تركيا هجوما جويا وبريا الشهر الماضي في منطقة عفرين لتفتح بذلك جبهة جديد في الحرب السورية التي تشارك فيها عدة أطراف لاستهداف المقاتلين الأكراد في شمال سوريا.",
			"2018-02-17 09:17", "turkey", true},
	} {
		f := Extract(c.title, c.text, pubAt(c.pub))
		if c.want {
			hasAll(t, c.name+" ("+c.id+")", f.Actors, c.actor)
		} else {
			hasNone(t, c.name+" ("+c.id+")", f.Actors, c.actor)
		}
	}
}
