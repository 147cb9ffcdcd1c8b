package facets

import "testing"

// pool SK-internationalNews-779-20180404, the whole body: its last sentence
// alone reads as the article's war.
const supportBackdropPutinISIS = `قال الرئيس الروسي فلاديمير بوتن، الأربعاء، إن تنظيم "داعش" هزم في سوريا، لكنه لا يزال يحتفظ بقدراته التدميرية وبإمكانه الهجوم على دول عدة في أنحاء العالم.
ونقلت وكالة أنباء "إنترفاكس" الروسية عن بوتن قوله: "من الواضح أنه رغم وضعها العسكري، فإن هذه المجموعة الإرهابية لا تزال تحتفظ بقدرة تدميرية كبيرة، وبالقدرة على تغيير أساليبها سريعا والهجوم على دول ومناطق في أنحاء العالم".
كما أشار بوتن، في برقية ترحيبية لمشاركي مؤتمر موسكو للأمن الدولي في موسكو، إلى أن "الهياكل المتطرفة الأخرى هي أيضا خطر كبير".
ونبه الرئيس الروسي إلى "ضرورة للتفكير بأشكال جديدة للتعاون متعدد الأطراف، الذي من شأنه أن يسمح لنا بتوطيد المكاسب التي تحققت في مكافحة الإرهاب ومنع المزيد من انتشار هذا التهديد".
وساهم الدعم العسكري الروسي المباشر للقوات السورية الحكومية، بشكل كبير، في استعادة النظام عدة مناطق كانت تحت سيطرة جماعات متطرفة، أخطرها تنظيم "داعش".`

// TestRegimeSupportBackdropM64 pins round 64's m64sgx class of rul45c-3(i):
// in an article that tells no event, the regime named only as the object
// of another's support is no party, and the support may be said with
// "مساندة" or measured ("المباشر"، "حاسما"، "الكبير") and given to the
// regime's forces ("لقوات الرئيس السوري") before the regime's name
// (backdropSupportWords, backdropFillers; actors_regimebackdrop.go). The
// want rows fail on main. Guard: the regime's forces defeating the rebels
// "بدعم حيوي من جماعة حزب الله" do the act themselves and keep the id.
func TestRegimeSupportBackdropM64(t *testing.T) {
	checkStateClass(t, []stateClassCase{
		// pool holdout-40 SK-economy-340-20180412 (gold usa; no regime).
		{id: "SK-economy-340-20180412", title: "هبوط الذهب بفعل صعود الدولار ومبيعات لجني الأرباح",
			text: "وتراجع الذهب مع صعود الدولار. وانتقد الرئيس الأميركي، دونالد ترامب، الأربعاء، موسكو لمساندتها رئيس النظام السوري، بشار الأسد.",
			not:  []string{"syrian-government"}},
		// pool SK-internationalNews-779-20180404 (gold isis russia; ruled rul45c-3).
		{id: "SK-internationalNews-779-20180404", title: "بوتن يحذر من هجمات داعش \"في أنحاء العالم\"",
			text: supportBackdropPutinISIS,
			not:  []string{"syrian-government"}},
		// pool SK-middleEast-770-20180404 (gold no actors).
		{id: "SK-middleEast-770-20180404", title: "قمة تركية روسية إيرانية لبحث \"مستقبل سوريا\"",
			text: "وتسعى الدول الثلاث حل النزاع الذي دخل عامه السابع. وقدمت كل من روسيا وإيران دعما حاسما لقوات الرئيس السوري بشار الأسد، بينما دعمت تركيا الجماعات بعض فصائل المعارضة.",
			not:  []string{"syrian-government"}},
		// Guard: pool SK-middleEast-2644-20180628 (gold syrian-government).
		{id: "SK-middleEast-2644-20180628", title: "عودة المئات من اللاجئين السوريين لبلادهم من لبنان",
			text: "وتوجه اللاجئون الذين عادوا إلى مناطق في سوريا قرب الحدود مني فيها مقاتلو المعارضة بالهزيمة على أيدي قوات الحكومة السورية بدعم حيوي من جماعة حزب الله اللبنانية المدعومة من إيران.",
			want: []string{"syrian-government"}},
	})
}

// TestRefusedVoteTarget pins round 64's m64sgx class of rul45c-3(iv): the
// regime named only as the target of a military action a parliament
// refused ("وفشل كاميرون في الحصول على موافقة البرلمان للقيام باجراء عسكري
// ضد قوات الرئيس السوري") is no party (refusedVote, actors_refusedvote.go).
// The want row fails on main. Guard: a Security Council vote with no
// defeat word before it, beside the regime's own raids, keeps the id.
func TestRefusedVoteTarget(t *testing.T) {
	checkStateClass(t, []stateClassCase{
		// pool SK 2015-07-24-706 (gold isis usa; the 2013 action excluded).
		{id: "2015-07-24-706", title: "ديفيد كاميرون: على بريطانيا بذل المزيد في قتال داعش بسوريا",
			text: "وفشل كاميرون في الحصول على موافقة البرلمان للقيام باجراء عسكري ضد قوات الرئيس السوري بشار الأسد في عام 2013 لكنه طلب من أعضاء البرلمان دراسة ما إذا كان يجب أن تنضم بريطانيا الآن للضربات التي تقودها الولايات المتحدة ضد الدولة الإسلامية في سوريا.",
			not:  []string{"syrian-government"}},
		// Guard: pool SK-middleEast-62-20180225 (gold syrian-government).
		{id: "SK-middleEast-62-20180225", title: "ماكرون وميركل يبحثان تنفيذ وقف إطلاق النار بسوريا",
			text: "وتزامن تصويت مجلس الأمن على القرار الذي أيدته روسيا مع شن طائرات حربية سورية مدعومة من القوات الجوية الروسية غارات جديدة على الغوطة الشرقية، وفق المرصد السوري لحقوق الإنسان.",
			want: []string{"syrian-government"}},
	})
}
