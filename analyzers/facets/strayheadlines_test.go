package facets

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/rasid-project/rasid/analyzers"
)

// Other stories' headlines inside bodies, from ant-all (lines verbatim,
// articles cut to the paragraphs around them).
func TestOtherStoriesInBodies(t *testing.T) {
	// BB-middleEast-911-20180902: BBC's inline related link names ISIS in
	// Syria in a story about al-Shabaab in Mogadishu.
	somalia := "قالت الشرطة الصومالية إن انتحاريا شن هجوما كبيرا بسيارة مفخخة على مبنى حكومي في العاصمة مقديشو مما أدى إلى انهيار مدرسة مجاورة.\n" +
		"وأعلنت حركة الشباب الإسلامية المتشددة مسؤوليتها عن الهجوم.\n" +
		"ويعاني الصومال من صراع مسلح وحرب أهلية منذ 1991، وتخوض الحكومة الحالية المدعومة من الغرب حربا ضد حركة الشباب المتشددة.\n" +
		"مسلحو تنظيم الدولة في سوريا والعراق مازالوا بـ\"عشرات الآلاف\"\n" +
		"وقال ضابط شرطة لوكالة رويترز إن \"سيارة مفخخة اخترقت مبنى بلدية هاولواداغ وانفجرت فيه، لكن الوقت مازال مبكرا لتقييم الموقف والحديث عن عدد الضحايا.\"\n" +
		"وتواجه الحكومة المركزية في مقديشو، التي تشكلت في 2012، صعوبات لفرض سيطرتها على البلاد، رغم الدعم الغربي ومساندة الأمم المتحدة ووجود قوات من الاتحاد الأفريقي لحفظ السلام."
	// FR-middleEast-702-20180628: France 24's subheading belongs to the
	// story, whose words it repeats.
	daraa := "واستهدفت الطائرات الحربية السورية والروسية وفق المرصد، مدينة درعا وريفيها الشرقي والغربي طوال ليل الثلاثاء وخلال نهار الأربعاء بالبراميل المتفجرة والصواريخ.\n" +
		"مقتل 24 مدنيا جراء الغارات على ريف درعا الشرقي وبلدة الطيبة\n" +
		"ووثق المرصد الأربعاء مقتل 17 مدنيا بينهم ستة أطفال، عشرة منهم جراء غارات روسية وسورية على ريف درعا الشرقي، بينما قتل سبعة آخرون جراء غارات روسية على بلدة الطيبة الواقعة جنوب شرق مدينة درعا قرب الحدود الأردنية."
	// BB-middleEast-501-20180514: four headlines under one bare label.
	kurdistan := "وضعف حزب الاتحاد الوطني بعد وفاة زعيمه رئيس العراق السابق جلال الطالباني وانشق أحد قيادييه برهم صالح ليشكل حزبا جديدا يخوض الانتخابات بقائمة مستقلة عن الحزب الأم.\n" +
		"اقرأ أيضاً:\n" +
		"الانتخابات العراقية: تقدم واضح للتيار الصدري وتأخر تحالف رئيس الوزراء إلى الترتيب الثالث\n" +
		"هل إيران هي الفائز الحقيقي في الانتخابات العراقية؟\n" +
		"أول انتخابات برلمانية في العراق منذ هزيمة تنظيم \"الدولة الإسلامية\"\n" +
		"أقل من نصف الناخبين العراقيين شاركوا في الانتخابات البرلمانية\n" +
		"وبحسب شبكة روداو المقربة من الحزب الديمقراطي الكردستاني، فقد حصل الحزب الديمقراطي الكردستاني على 26 مقعداً."
	// CN-internationalNews-255-20180419: CNN's "شاهد.." and "أيضاً.." links;
	// and a sentence that opens with أيضا (saudinewsnet 2015-07-21-227).
	cuba := "هافانا، كوبا\u00a0(CNN)-- عيّنت كوبا رئيساً جديداً، الخميس، بعد يوم من إجراء اقتراع سري في المجلس الوطني للبلاد.\n" +
		"شاهد..\u00a0\"انتخابات\" في كوبا.. حزب واحد ومرشح وحيد\n" +
		"أيضاً..\u00a0هجمات كوبا الصوتية \"المحيرة\" تواصل إرباك واشنطن\n" +
		"أيضا، يؤكد المنسق الدولي أهمية النظام المطروح «في تعقب أي محاولات تجنيد وسفر مقاتلين»."
	for _, c := range []struct {
		name, title, body string
		gone, kept        []string
	}{
		{"inline BBC link", "انهيار مدرسة في هجوم انتحاري وسط العاصمة الصومالية مقديشو", somalia,
			[]string{"تنظيم الدولة"}, []string{"حركة الشباب", "هاولواداغ", "الاتحاد الأفريقي"}},
		{"subheading of the story", "سوريا: تواصل الغارات الجوية على درعا", daraa,
			nil, []string{"مقتل 24 مدنيا", "بلدة الطيبة"}},
		{"headlines under a bare label", "صراع ما بعد الانتخابات في كردستان العراق", kurdistan,
			[]string{"التيار الصدري", "إيران", "الدولة الإسلامية", "نصف الناخبين"}, []string{"برهم صالح", "روداو"}},
		{"CNN links", "كوبا تعلن عن رئيس جديد", cuba,
			[]string{"حزب واحد", "واشنطن"}, []string{"اقتراع سري", "أيضا، يؤكد المنسق"}},
	} {
		checkCleanBody(t, c.name, c.title, c.body, c.gone, c.kept)
	}

	f := Extract("انهيار مدرسة في هجوم انتحاري وسط العاصمة الصومالية مقديشو", somalia, time.Time{})
	hasNone(t, "Somalia actors", f.Actors, "isis")
	f = Extract("صراع ما بعد الانتخابات في كردستان العراق", kurdistan, time.Time{})
	hasNone(t, "Kurdistan actors", f.Actors, "isis")
	if got := cleanBody("", daraa); got != daraa {
		t.Errorf("Daraa story lost a paragraph: %q", got)
	}
}

// A body whose short paragraphs are all the story's own keeps every one:
// a section title under five words, a list, verse in a run, the last line.
func TestStrayHeadlinesKeepStory(t *testing.T) {
	for _, body := range []string{
		"وقال المتحدث إن الهجوم وقع صباح الأحد.\nحقائق عن اليمن\nوتابع أن القوات تقدمت.",
		"وجاءت التشكيلة كما يلي.\n- محمد عبد الشافي وعلي جبر وأحمد حجازي وأحمد فتحي\nوبدأت المباراة.",
		"قال المتحدث إن الهجوم وقع صباح الأحد.\nالصومال: ارتفاع عدد القتلى في تفجير مقديشو إلى 358",
		"لا شيء هنا",
	} {
		if got := dropStrayHeadlines("", body); got != body {
			t.Errorf("changed %q to %q", body, got)
		}
	}
}

// TestNormalizedParagraphs holds the property dropStrayNormalized rests on:
// the body's normalized text, cut after each line break, is each paragraph
// normalized alone, so weighing stray headlines and tokenizing can share
// one normalization. Real bodies (the seeds) and the marks and forms that
// NFKC composes, reorders or widens, set on both sides of a line break.
func TestNormalizedParagraphs(t *testing.T) {
	seeds, err := filepath.Glob("../../../shared/seeds/*.txt")
	if err != nil || len(seeds) == 0 {
		t.Fatalf("no seeds under ../shared/seeds: %v", err)
	}
	bodies := []string{
		"ضربة\n\u0651جوية\n\u0301e",                  // a mark opening a paragraph
		"e\u0301\nﻻ\u200fحرب\nﷲ\r\n\u00a0x",          // a composed pair, a ligature, direction mark, CRLF, no-break space
		"\u0610\u0615\u0612\n\u0617\u0610\nالبوكمال", // the kept Arabic marks of differing classes around a break
		"\n\nfirst\n\n",
		"",
	}
	for _, f := range seeds {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		bodies = append(bodies, string(b))
	}
	for _, body := range bodies {
		ps, _ := normalizedParagraphs(body, analyzers.Normalize(body))
		if got, want := len(ps), strings.Count(body, "\n")+1; got != want {
			t.Fatalf("%q: %d paragraphs, want %d", body, got, want)
		}
		for _, p := range ps {
			if want := analyzers.Normalize(p.raw); p.norm != want {
				t.Errorf("paragraph %q: normalized in the body %q, alone %q", p.raw, p.norm, want)
			}
		}
	}
}

// checkCleanBody checks what cleanBody makes of a story: the body keeps its
// length, since evidence offsets point into the stored text, every gone
// string is blanked and every kept one stays.
func checkCleanBody(t *testing.T, name, title, body string, gone, kept []string) {
	t.Helper()
	got := cleanBody(title, body)
	if len(got) != len(body) {
		t.Errorf("%s: length %d, want %d (evidence offsets)", name, len(got), len(body))
	}
	for _, s := range gone {
		if strings.Contains(got, s) {
			t.Errorf("%s: kept %q", name, s)
		}
	}
	for _, s := range kept {
		if !strings.Contains(got, s) {
			t.Errorf("%s: lost %q", name, s)
		}
	}
}
