package facets

import "testing"

// TestActorRegimeMassKiller pins Syria's regime named as the killer of
// Syrians counted by the thousand (massKiller, assadKillerMentions in
// actors_masskiller.go): a weak name of the regime (بشار الأسد، نظام الأسد,
// or the bare "الأسد" the lexicon reads as a village) followed within six
// words by a killing verb and, within five words of it, a count by the
// thousand. The want rows fail before aud41g (round 41's blind sample g:
// 2015-08-11-204; the others are the corpus articles the rule moves, all
// five of them). The guards: Hafez al-Assad's regime, and the noun "مقتل"
// of a death that another's intervention caused; Assad spoken of with no
// killing.
func TestActorRegimeMassKiller(t *testing.T) {
	checkStateClass(t, []stateClassCase{
		{id: "2015-08-11-204 (shortened)", title: "الجبير: الأسد فقد شرعيته بعدما قتل 300 ألف سوري.. ولا مكان له بمستقبل سوريا",
			text: "وقال الجبير إن السعودية تؤمن أن «الأسد فقد شرعيته بعد أن قتل أكثر من 300 ألف سوري». وأضاف: «إما أن يرحل بعملية سياسية أو بعملية عسكرية».",
			want: []string{"syrian-government"}},
		{id: "2015-08-06-2552 (shortened)", title: "قطان : ولي ولي العهد يحضر احتفالات مصر بالقناة الجديدة",
			text: "وألا خلاف بين البلدين بشأن الملف السوري، وأضاف: \"موقفنا من سوريا ثابت.. وبشار الأسد قتل 400 ألف من أبناء شعبه\".",
			want: []string{"syrian-government"}},
		{id: "2015-08-09-771 (shortened)", title: "الجبير: مساعدة إيران للأسد تفاقم الأزمة",
			text: "وأشار إلى أن المباحثات تطرقت إلى الملف السوري، داعيا إلى إعطاء الفرصة لمبعوث الأمم المتحدة إلى سورية، وأن حل الأزمة هناك يتطلب الرجوع إلى بيان جنيف1، وإبعاد بشار الأسد لتسببه في قتل آلاف السوريين.",
			want: []string{"syrian-government"}},
		{id: "2015-07-26-262 (shortened)", title: "استطلاع رأي: «حزب الله» يواجه استياء شيعيا لبنانيا متزايدا",
			text: "إذ إن \"حزب الله\" - الميليشيا اللبنانية الشيعية التي تدعمها إيران - يقاتل في سورية منذ أربع سنوات، وقد ساعد نظام الأسد في قتل نحو 300 ألف شخص، معظمهم من السنة.",
			want: []string{"syrian-government"}},
		// Guard: Hafez al-Assad's repression, a death noun.
		{id: "AL-culture-108-20180301 (shortened)", title: "رقم قياسي لمصري أنجز 43 ألف صفحة للعربية فمن هو؟",
			text: "شهد، وقتذاك، حرب إيران على الجمهورية العراقية، وكذلك الحرب الأهلية اللبنانية، ومجريات القمع الدموي الذي واجه به نظام حافظ الأسد معارضيه، والذي أدى لمقتل وجرح الآلاف.",
			not:  []string{"syrian-government"}},
		// Guard: Assad spoken of, nobody killed.
		{id: "2015-08-11-204 (another sentence)", title: "لافروف والجبير يبحثان الملف السوري",
			text: "قال وزير الخارجية السعودي عادل الجبير اليوم (الثلاثاء) إن موقف السعودية من الصراع الدائر في سوريا لم يتغير وإنه لا مكان للرئيس بشار الأسد في مستقبل سوريا.",
			not:  []string{"syrian-government"}},
	})
}
