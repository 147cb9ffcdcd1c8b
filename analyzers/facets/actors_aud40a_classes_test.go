package facets

import "testing"

// TestActorIranPresenceBeforeName pins Iran's presence told before its name
// or its indefinite adjective (iranPresenceMentions,
// actors_statepresence.go): a military presence, or one placed in Syria.
// The BB-76, FR-2604 and SK-965 rows fail before aud40a; the FR-1643 and
// BB-307 sentences, alone, let the actor model take Iran's weak name, which
// it left in their full articles (both moved in the corpus). The guards: a nuclear Iran, Iran's
// seat at Yemen's talks and Iran's sway in Iraq are no presence of its
// forces, and Israel's existence or Russia's seat at a summit is no
// presence at all.
func TestActorIranPresenceBeforeName(t *testing.T) {
	checkStateClass(t, []stateClassCase{
		{id: "BB-middleEast-76-20180222 (shortened)", title: "مسؤول إيراني: الحرب ليست خيارا",
			text: "وقال عراقجي في مقابلة أجرتها معه ليس دوسيت، كبيرة المراسلين الدوليين في بي بي سي، في لندن إن وجود إيران في سوريا لا يهدف إلى خلق جبهة جديدة ضد إسرائيل، ولكن لمحاربة الإرهاب.",
			want: []string{"iran"}},
		{id: "FR-internationalNews-1643-20180605 (shortened)", title: "نتانياهو في فرنسا ثاني محطاته الأوروبية",
			text: "وأعلنت الرئاسة الفرنسية \"إننا نتقاسم التشخيص ذاته بأن الوجود العسكري لإيران أو لمجموعات موالية لإيران في سوريا يشكل خطرا مستديما\".",
			want: []string{"iran"}},
		{id: "FR-internationalNews-2604-20180808 (shortened)", title: "الأزمة السعودية الكندية وكشف التناقضات!!",
			text: "تقول صحيفة \"ذي جيريزلام بوست\" الإسرائيلية إن إسرائيل تتابع بدقة ما يجري على الحدود، وتحدثت الصحيفة عن القلق الإسرائيلي من تواجد إيران وحزب الله اللبناني على الأراضي السورية.",
			want: []string{"iran"}},
		{id: "SK-middleEast-965-20180412 (shortened)", title: "رسالة من نتانياهو وبوتن يعارض تحركا جديدا",
			text: "حذّر رئيس الوزراء الإسرائيلي بنيامين نتانياهو الاربعاء من اختبار عزيمة إسرائيل، بينما أكد أنه لن يسمح بوجود إيراني في سوريا.",
			want: []string{"iran"}},
		{id: "BB-middleEast-307-20180408 (shortened)", title: "هل تغادر القوات الأمريكية سوريا؟",
			text: "لكن ذلك يمثل مبعث قلق خطير لإسرائيل، التي تخشى من وجود عسكري لإيران على حدودها.",
			want: []string{"iran"}},
		// Guard: a nuclear Iran, neither military nor in Syria.
		{id: "2015-07-21-124 (shortened)", title: "خبراء في المجال النووي يشككون في صلابة الاتفاق",
			text: "وعن ذلك يشرح بليز ميزتال، رئيس برنامج الأمن القومي لدى مركز «الحزبين للسياسات»: «ليس ذلك بالاتفاق الذي يمنع وجود إيران النووية.",
			not:  []string{"iran"}},
		// Guard: Iran's seat at Yemen's talks.
		{id: "2015-08-11-1041 (shortened)", title: "الأوروبيون منحازون في الملف اليمني",
			text: "وقالت الوثيقة إن المسؤولين الأوروبيين يشددون على أهمية وجود إيران في أي محادثات أو مفاوضات لتسوية الأزمة اليمنية.",
			not:  []string{"iran"}},
		// Guard: Iran's sway in Iraq in a cleric's words, not in Syria.
		{id: "2015-07-21-2079 (shortened)", title: "الصرخي يطالب بقرار صريح",
			text: "وأكد الصرخي أن العراقيين لن يثقوا بوعود حكومية أو أميركية في ظل وجود إيران لأنهم جربوا غدرها.",
			not:  []string{"iran"}},
		// Guard: only Iran — Israel's existence and Russia's seat.
		{id: "CN-middleEast-489-20180405 (shortened)", title: "حماس تستهجن المناداة بشرعية إسرائيل",
			text: "وحول ما إذا كان هناك اعتراض قائم على أساس ديني بشأن وجود إسرائيل، قال ولي العهد السعودي إن لديه مخاوف دينية بشأن المسجد الأقصى.",
			not:  []string{"israel"}},
		{id: "FR-economy-53-20180609 (shortened)", title: "الملف التجاري وعودة روسيا في قمة مجموعة السبع",
			text: "وسأل ترامب \"لماذا نجتمع بدون وجود روسيا في القمة؟\".",
			not:  []string{"russia"}},
	})
}
