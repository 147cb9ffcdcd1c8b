package facets

import (
	"testing"
	"time"
)

// TestActorM54stateClasses pins round 54's m54state class: Russia or Iran
// named as the backer of the regime's retaking of ground with a word of
// the backing's weight or kind between the backing word and the state
// ("وبدعم حاسم من روسيا وإيران"، "بمساعدة القوة الجوية الروسية"), read
// by regimeBackedMentions and backsOffensive (actors_backers.go) as the
// plain "بدعم من روسيا" is. The two want rows fail on main. Guards: the
// same backing words with no regime offensive in the sentence: an
// accusation of hiding evidence "بمساعدة حليفتها روسيا", aid delivered
// "بمساعدة روسيا" to areas the government holds, and a navy rearmed.
func TestActorM54stateClasses(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "SK-middleEast-2737-20180703", title: "النظام يناشد السوريين في الشتات للعودة للبلاد",
			text: "دعت الحكومة السورية اللاجئين إلى العودة، قائلة إنها طهرت بنجاح مناطق كبيرة من \"الإرهابيين\" حيث تعكس الدعوة النادرة ثقة الحكومة المتزايدة بعد أكثر من سبع سنوات من الحرب.\nواستعادت القوات الحكومية السورية مؤخرا، وبدعم حاسم من روسيا وإيران، مناطق كبيرة بالقرب من العاصمة دمشق، وتشن عملية جديدة في الجنوب والتي قال مسؤولون بالأمم المتحدة إنها دفعت ما يزيد على 270 ألف شخص إلى النزوح.",
			want: []string{"russia", "iran"}},
		{id: "SK-middleEast-2395-20180615", title: "واشنطن تتوعد دمشق بإجراء صارم.. وتطالب موسكو بـ\"التدخل\"",
			text: "وأضاف البيان أن موسكو عليها مسؤولية استخدام نفوذها الدبلوماسي والعسكري مع الحكومة السورية لوقف الهجمات وإرغامها على عدم شن أي حملات عسكرية أخرى.\nواستعادت القوات الحكومية أجزاء من المنطقة من مقاتلي المعارضة بمساعدة القوة الجوية الروسية وجماعات تدعمها إيران، وقد تعهد مرارا الرئيس السوري، بشار الأسد، باستعادة \"كل شبر\" من الأراضي في بلاده.",
			want: []string{"russia"}},
		// Guards.
		{id: "SK-middleEast-1095-20180417", title: "هل يمكن إخفاء أدلة هجوم كيماوي في دوما؟",
			text: "اتهمت فرنسا وبريطانيا والولايات المتحدة الأميركية، الثلاثاء، سوريا بمحاولة إخفاء الحقائق بشأن الهجوم الكيماوي المزعوم في دوما، وذلك بمساعدة حليفتها روسيا.",
			not:  []string{"russia"}},
		{id: "SK-middleEast-3024-20180721", title: "مساعدات فرنسية لغوطة دمشق بعد اتفاق مع روسيا",
			text: "وأضاف المصدر الدبلوماسي أن تلك ستكون أول مرة تسلم فيها دولة غربية مساعدات لمناطق تسيطر عليها الحكومة بمساعدة روسيا.",
			not:  []string{"russia"}},
		{id: "2015-07-31-292", title: "الاتفاق النووي الإيراني.. الرابحون والخاسرون",
			text: "ولحق بالوفد حبيب الله سياري، قائد البحرية الإيرانية، الذي يريد تطوير، وإعادة تسليح قوته بمساعدة روسيا.",
			not:  []string{"russia"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
