package facets

import "testing"

// iraqProtestsLead is the lead of pool SK-middleEast-3139 (gold none):
// Friday's marches in Baghdad, three weeks into a wave of protests whose
// dead the third sentence counts.
const iraqProtestsLead = "تظاهر آلاف العراقيين، الجمعة، في بغداد والمدن الكبرى في جنوب البلاد، للتنديد مجددا بالفساد والمطالبة بالخدمات وفرص العمل.\nومنذ ثلاثة أسابيع، يحتج المتظاهرون يوميا على نقص الخدمات العامة وانقطاع الكهرباء والمياه والبطالة.\nوقتل 14 شخصا في هذه التظاهرات أحدهم برصاص قوات الأمن. والجمعة لم يسجل أي حادث يذكر."

// TestTollsM62kill pins round 62's m62kill rule (protestWaveToll,
// tolls_protestwave.go): a toll told as fallen "في/خلال هذه/تلك" protests
// is the wave's tally, no toll of the news. The first two rows fail on
// main (14 and 31). Guards: the fights' kin ("خلال تلك المواجهات") keep
// their toll, as the golds code it; a protest's own dead with no
// demonstrative keep theirs.
func TestTollsM62kill(t *testing.T) {
	checkKilled(t, []tollCase{
		// pool SK-middleEast-3139 (gold none).
		{"SK-middleEast-3139-20180727", "آلاف العراقيين يتظاهرون في بغداد والمدن الكبرى", iraqProtestsLead, "2018-07-27 20:45", -1},
		// corpus SK-middleEast-895: a video's inquiry, the Gaza marches' dead recalled.
		{"SK-middleEast-895-20180410", "تحقيق إسرائيلي في فيديو يظهر قنص فلسطيني بغزة", "أعلن الجيش الإسرائيلي، الاثنين، أنه فتح تحقيقا بشأن شريط فيديو بثته القناة التلفزيونية العاشرة، يظهر فيه فلسطيني أعزل يتعرض لإطلاق نار من مسافة بعيدة ليسقط أرضا.\nويأتي نشر هذا الشريط في الوقت الذي يواجه الجيش الاسرائيلي انتقادات شديدة بسبب إطلاقه الرصاص الحي على المتظاهرين الفلسطينيين، مما أسفر عن مقتل 31 فلسطينيا خلال تلك التظاهرات.", "2018-04-10 05:14", -1},
		// Guards.
		{"fight-demonstrative", "مقتل 18 حوثيا في مواجهات مع المقاومة", "اندلعت مواجهات عنيفة بين المقاومة والحوثيين في تعز الأحد.\nوأشار المصدر إلى مقتل ثمانية عشر حوثياً خلال تلك المواجهات وإصابة العشرات.", "2015-07-31 10:00", 18},
		{"no-demonstrative", "طلاب يتظاهرون في نيروبي", "تظاهر المئات من الطلاب الأربعاء في نيروبي، وقتل ثلاثة منهم في التظاهرات برصاص الشرطة.", "2018-05-02 10:00", 3},
	})
}
