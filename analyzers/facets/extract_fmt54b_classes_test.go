package facets

import (
	"strings"
	"testing"
)

// Round 54's format reader of SaudiNewsNet (fmt54b). The scrape leaves
// two page widgets at the head of a body: عين اليوم's slider buttons
// ("Next Previous", alone on a line before the dateline or run into it)
// and a share bar run into the lead ("شارك من خلال تويتر فيسبوك جوجل بلس
// اكتب رأيك يتواجد مدير الكرة ..."). Left in, they were the lead's first
// words: the dateline was not skipped and the lead's verb was "شارك".
// dropSiteChrome blanks them. Rows that fail on main: 2015-07-24-45 (the
// King's meeting "اليوم", blind gold the day), 2015-07-24-34 (the
// floods "تواصل"), 2015-08-11-1480 (the team staff "غدا", pool gold the
// next day). Guards: a lead that opens with the verb شارك and no widget
// keeps its day; a body with no widget is returned as it is.
func TestSiteChromeFmt54b(t *testing.T) {
	checkDates(t, []dateCase{
		{"'Next Previous' on a line of its own before 'عين اليوم – واس': the lead's 'اليوم'", "2015-07-24-45",
			"خادم الحرمين الشريفين يعقد اجتماعاً مع سمو أمير دولة قطر",
			" \u00a0 Next Previous \u00a0\nعين اليوم – واس\nعقد خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود – حفظه الله – في قصر الصفا بمكة المكرمة اجتماعا اليوم مع أخيه صاحب السمو الشيخ تميم بن حمد آل ثاني أمير دولة قطر الشقيقة.\n وجرى خلال الاجتماع استعراض العلاقات الأخوية، وأوجه التعاون الثنائي بين البلدين الشقيقين، بالإضافة إلى بحث مستجدات الأوضاع على الساحات الخليجية والعربية والدولية.",
			"2015-07-24 15:41", "2015-07-24"},
		{"'Next Previous' before 'عين اليوم – باكستان': the present lead 'تواصل الفيضانات'", "2015-07-24-34",
			"الفيضانات في باكستان تواصل حصد الخسائر البشرية والمادية",
			" Next Previous \u00a0\nعين اليوم – باكستان\nتواصل الفيضانات الناجمة عن الأمطار الموسمية في باكستان حصد الخسائر البشرية والمادية.\n وأوضح تقرير للهيئة الوطنية الباكستانية لإدارة الكوارث الطبيعية اليوم أن الفيضانات أدت إلى مقتل 13 شخصاً خلال الأربعة والعشرين ساعة الماضية، إلى جانب انهيار أكثر من 200 منزلاً وعشرات الجسور في مختلف أنحاء باكستان.",
			"2015-07-24 15:40", "2015-07-24"},
		{"the share bar run into the lead 'يتواجد ... غدا': the match tomorrow", "2015-08-11-1480",
			"البدين والصالح يتابعان السوبر لاختيار قائمة تيمور وماليزيا",
			" شارك من خلال تويتر فيسبوك جوجل بلس اكتب رأيك يتواجد مدير الكرة بالمنتخب السعودي لكرة القدم زكي الصالح، وبرفقته المدير الفني للأخضر فيصل البدين في لندن؛ لحضور لقاء السوبر السعودي بين فريقي النصر والهلال غدا؛ للوقوف عن قرب على مستويات اللاعبين والالتقاء بمدربي الفريقين.",
			"2015-08-11 13:34", "2015-08-12"},
		{"guard: a lead whose verb is شارك, no widget: 'أمس'", "",
			"وزير الداخلية يشارك في اجتماع مجلس التعاون",
			"شارك وزير الداخلية أمس في اجتماع وزراء داخلية دول مجلس التعاون الخليجي في الرياض.\nوبحث الاجتماع التعاون الأمني بين الدول الأعضاء.",
			"2015-08-11 13:34", "2015-08-10"},
	})
	// The widget is blanked in place: what follows keeps its offsets.
	body := " شارك من خلال تويتر فيسبوك جوجل بلس اكتب رأيك يتواجد مدير الكرة"
	got := dropSiteChrome(body)
	if len(got) != len(body) || !strings.HasSuffix(got, "يتواجد مدير الكرة") || strings.Contains(got, "تويتر") {
		t.Errorf("dropSiteChrome(%q) = %q", body, got)
	}
	// A body that only mentions the words keeps them.
	plain := "شارك من خلال برامج تنمية الإبداع طلاب المدارس.\nNext Previous"
	if got := dropSiteChrome(plain); got != plain {
		t.Errorf("dropSiteChrome(%q) = %q, want it unchanged", plain, got)
	}
}
