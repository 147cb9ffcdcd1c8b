package facets

import "testing"

// In a story of the war on the Houthis the bare resistance (المقاومة) and
// revolutionaries (الثوار) are the government's side: the ground they take
// is a regain. In a Syrian story الثوار are still the rebels.
func TestEventTypesYemenResistance(t *testing.T) {
	const regain, takeover = "government-regains-territory", "non-state-actor-overtakes-territory"
	const (
		dhale   = "أعلنت المقاومة الشعبية في محافظة الضالع كافة أنحاء المحافظة خالية من قوى التمرد الحوثي."
		abyan   = "واصل مقاتلو المقاومة الشعبية في محافظة أبين، جنوب اليمن، تقدمهم على حساب ميليشيات التمرد الحوثي، وأعلن الثوار أمس سيطرتهم على مدينة العين، جنوب مدينة لودر بمحافظة أبين بشكل كامل، فيما فرت ميليشيات الحوثي وصالح بصورة جماعية واتجهت إلى محافظة البيضاء التي تعتبر معقلها في محافظات الجنوب."
		latakia = "من ناحية ثانية، سيطر الثوار أمس، على تلة \"جورة الماء\" الواقعة في جبل التركمان بريف محافظة اللاذقية، وقال صالح شيخ يوسف، أحد قادة الفرقة الثانية الساحلية، إن فصائل المعارضة، تمكنت من بسط سيطرتها على التلة\"."
	)
	checkTypes(t, []typeCase{
		{"the resistance frees a province", "2015-08-10-1063",
			"المقاومة تحرر الضالع وتستعيد السيطرة", dhale, "2015-08-10 19:42", regain, true},
		{"the revolutionaries take a town", "2015-08-11-948",
			"مقاومة أبين تسترد العين وشقرة من براثن التمرد", abyan, "2015-08-11 14:03", regain, true},
		{"the revolutionaries take a town, not as rebels", "2015-08-11-948",
			"مقاومة أبين تسترد العين وشقرة من براثن التمرد", abyan, "2015-08-11 14:03", takeover, false},
		// Guard: Syria's rebels.
		{"Syria's rebels take a hill", "2015-07-26-967",
			"إيران تزج بدفعة جديدة من الحرس الثوري داخل سورية", latakia, "2015-07-26 10:00", takeover, true},
	})
}
