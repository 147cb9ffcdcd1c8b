package facets

import (
	"testing"
	"time"
)

// TestActorM58amissStronghold pins round 58's m58amiss class
// (actors_stronghold.go, strongholdOf, read by heldBy): a weak force word
// right after a stronghold noun is the holder of the ground, the military
// role the golds code ("آخر معاقل المعارضة": 64 articles coded opposition,
// 2 not). The want rows fail on main. Guard: the Houthis' stronghold in a
// story about Yemen, which is not about Syria.
func TestActorM58amissStronghold(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "CN-middleEast-1559-20181016", title: "حصريا من سوريا.. داخل المنطقة منزوعة السلاح في إدلب",
			text: "حصلت شبكة CNN على وصول حصري إلى المنطقة منزوعة السلاح التي تم التفاوض عليها بين سوريا وروسيا، والتي تهدف إلى حماية المدنيين في محافظة إدلب، آخر معاقل المعارضة المتبقية. تقول المعارضة إن ضمانات تركيا تمنح هذه الاتفاقية فرصة أفضل من سابقاتها، لكنها تقول أيضاً إنها ما زالت مستعدة لخوض الحرب.",
			want: []string{"opposition"}},
		// The same AFP paragraph on Douma stands in FR-internationalNews-691
		// and FR-middleEast-264.
		{id: "SK-economy-337-20180411", title: "النفط يقفز مجددا بفعل \"الضربة المتوقعة\"",
			text: "ارتفع سعر برميل النفط الأربعاء إلى أعلى مستوى له منذ ديسمبر 2014 مدفوعا بتصاعد حدة التوترات في الشرق الأوسط حيث تهدد الولايات المتحدة بتوجيه ضربة عسكرية إلى النظام السوري.\n" +
				"وفي لندن أغلق سعر برميل برنت بحر الشمال تسليم يونيو على 72,06 دولارا مرتفعا بمقدار 1,02 دولار بالمقارنة مع السعر الذي أغلق عليه الثلاثاء.\n" +
				"وفي نيويورك ارتفع سعر الخام الخفيف (لايت سويت كرود) تسليم مايو 1,31 دولار ليغلق على 66,82 دولارا.\n" +
				"وفجر الأربعاء توعد الرئيس الاميركي دونالد ترامب بشن ضربات صاروخية على سوريا ردا على الهجوم الكيميائي المفترض الذي استهدف دوما، آخر معقل للمعارضة في غوطة دمشق الشرقية، والذي اتهم الغرب النظام السوري بشنه، وهو ما تنفيه دمشق.",
			want: []string{"opposition"}},
		// رئيسي between the noun and the holder.
		{id: "SK-middleEast-213-20180310", title: "ترامب وماكرون يدينان الأسد وراعييه الروسي والإيراني",
			text: "يأتي ذلك في الوقت الذي كثفت قوات النظام غاراتها على الغوطة الشرقية، السبت، لترتفع حصيلة القتلى للهجوم العنيف المستمر منذ 3 أسابيع على آخر معقل رئيسي للمعارضة قرب دمشق.",
			want: []string{"opposition", "syrian-government"}},
		// Guard: Saada, "المعقل الرئيسي للمتمردين" of the Houthis.
		{id: "SK-middleEast-1795-20180518", title: "مقتل قائد الحوثيين بالتحيتا.. وقصف مكثف على صعدة",
			text: "من جانب آخر، قصفت مقاتلات التحالف العربي مواقع وأهداف لميليشيات الحوثي في منطقة آل الحماقي بمديرية باقم الحدودية بمحافظة صعدة، المعقل الرئيسي للمتمردين.",
			not:  []string{"opposition"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
