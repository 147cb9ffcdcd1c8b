package facets

import (
	"testing"
	"time"
)

// TestActorRegimeOrder pins a bare "النظام" that the adjective after it
// makes an order or a system, or another state's regime, as no Syrian
// party (otherOrder, actors_regimeorder.go): Ethiopia's cabinet declaring
// an emergency over attacks that threaten "للنظام الدستوري"
// (AL-internationalNews-34, aud39p's blind sample), an Egyptian
// indictment's "الإخلال بالنظام العام" beside attacks on the army
// (CN-middleEast-70), Libya's army facing marches "المناصرة للنظام السابق"
// (2015-08-09-359, blind-coded without the regime), and a Houthi leader's
// "للنظام السعودي" beside "شن هذا العدوان" (CN-middleEast-370).
//
// Guards: "قوات النظام العام الماضي" is the regime's forces last year
// (SK-middleEast-1932); a bare "النظام" that wages a campaign on Ghouta
// stays the regime (CN-middleEast-190).
func TestActorRegimeOrder(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "AL-internationalNews-34-20180216", title: "بعد استقالة الحكومة.. إثيوبيا تعلن حالة الطوارئ",
			text: "أعلن مسؤولون إثيوبيون، الجمعة، فرض حالة #الطوارئ بالبلاد في خضم احتجاجات واسعة النطاق مناهضة للحكومة ومستمرة منذ أكثر من عامين، شهدت مقتل المئات واحتجاز الآلاف، معظمهم تم إطلاق سراحه.\nوأوضح مجلس الوزراء أنه أعلن حال الطوارئ لأن الاحتجاجات تسببت في سقوط جرحى وقتلى، ونزوح مواطنين، ودمار ممتلكات، وهجمات على أساس عرقي، وتهديد للنظام الدستوري للبلاد.",
			not:  []string{"syrian-government"}},
		{id: "CN-middleEast-70-20180223", title: "هذه تهم النيابة المصرية للمعتقلين بمزرعة أبوالفتوح",
			text: "وجاء في التهم تولي قيادة جماعة أسست على خلاف أحكام القانون، الغرض منها الدعوة إلى تعطيل أحكام الدستور والقوانين ومنع مؤسسات الدولة والسلطات العامة من ممارسة أعمالها، والاعتداء على الحرية الشخصية للمواطنين، وتغيير نظام الحكم بالقوة والاعتداء على أفراد القوات المسلحة والشرطة ومنشآتهما، بهدف الإخلال بالنظام العام وتعريض سلامة المجتمع وأمنه للخطر.",
			not:  []string{"syrian-government"}},
		{id: "2015-08-09-359", title: "الجيش الليبي يتعهد بمواجهة التظاهرات المناصرة للنظام السابق وفقًا للقانون",
			text: "قال الناطق الرسمي باسم اللواء الأول مشاة التابع للجيش الليبي أحمد الخراز، إن كل من يخرج في مظاهرة مناصرة للنظام السابق ستتم مواجهته من قبل قوات الجيش وفقًا للقانون.",
			not:  []string{"syrian-government"}},
		{id: "CN-middleEast-370-20180325", title: "الحوثي يهدد السعودية والإمارات بطائرات دون طيار.. وقرقاش: كلمات فارغة",
			text: "وتابع بالقول: \"لولا الإدارة الأمريكية ما كان للنظام السعودي أن يتجرأ على شن هذا العدوان والنظام السعودي والإماراتي ليس إلا قفازات لأمريكا\".",
			not:  []string{"syrian-government"}},
		// Guards.
		{id: "SK-middleEast-1932-20180525", title: "سوريا.. منشورات تنذر بعملية وشيكة في \"مهد الثورة\"",
			text: "وحاولت قوات النظام العام الماضي مراراً التقدم إلى أحياء سيطرة الفصائل في المدينة، وخاضت ضدها معارك عنيفة من دون أن تحرز تقدما.",
			want: []string{"syrian-government"}},
		{id: "CN-middleEast-190-20180306", title: "شاهد.. دخول مساعدات إلى الغوطة.. والقصف يعطّل إفراغ الشاحنات",
			text: "هذه هي المرة الأولى التي تدخل فيها المساعدات إلى المنطقة منذ شن النظام حملة ضارية عليها.",
			want: []string{"syrian-government"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}

// TestOtherOrderYear pins the year reading of "العام" right after a bare
// "النظام": "النظام العام الماضي"، "النظام العام 2016" are the regime in a
// year, "النظام العام" alone public order.
func TestOtherOrderYear(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"وهدد النظام العام للبلاد", true},
		{"وهاجم النظام العام الماضي المدينة", false},
		{"وهاجم النظام العام 2016 المدينة", false},
		{"وقال إن النظام القطري يدعم الإرهاب", true},
		{"وقصف النظام المدينة", false},
	} {
		toks := tokenize("", c.text)
		got := false
		for i := range toks {
			if toks[i].w == "النظام" {
				got = otherOrder(toks, mention{start: i, end: i + 1})
			}
		}
		if got != c.want {
			t.Errorf("%s: otherOrder %v, want %v", c.text, got, c.want)
		}
	}
}

// TestActorBackedPartyPatron pins Iran's noun-less backing alias ("المدعومة
// من إيران") after a party named just before it as the party's patron, no
// party itself (backedPartyNamed, actors_backedparty.go): an electoral list
// ("صعود قائمة الفتح المدعومة من إيران", SK-middleEast-1699, aud39p's blind
// sample), Hezbollah in a Lebanese cabinet story ("برلمانا يميل لصالح
// ميليشيا حزب الله الشيعية المدعومة من إيران", SK-middleEast-3510, blind-coded
// without Iran), the PMF in Anbar ("جماعات الحشد الشعبي المدعومة من إيران",
// 2015-07-27-765).
//
// Guards: the regime's allies so described ("قوات الحكومة السورية وحلفاءها
// المدعومين من إيران", SK-middleEast-2491) are Iran's militias, and the regime
// so described ("قوات النظام السوري المدعومة من إيران وروسيا",
// SK-internationalNews-3150) keeps Iran a party to its offensive.
func TestActorBackedPartyPatron(t *testing.T) {
	for _, c := range []struct {
		id, title, text string
		want, not       []string
	}{
		{id: "SK-middleEast-1699-20180514", title: "الصدر يرسم معالم الحكومة العراقية الجديدة بـ\"تغريدة\"",
			text: "تحالفات رسمت بتغريدة صغيرة ستكون قادرة إن طبقت على تشكيل كتلة كبيرة داخل البرلمان ستكون قادرة على جعل مسألة صعود قائمة الفتح المدعومة من إيران صعودا لا معنى له عملياً بسحب بساط تشكيل الحكومة.",
			not:  []string{"iran"}},
		{id: "SK-middleEast-3510-20180903", title: "الحريري يقدم للرئيس اللبناني \"صيغة\" لتشكيل حكومة جديدة",
			text: "والحكومة الأخيرة مستمرة في تصريف الأعمال منذ الانتخابات التي أفرزت برلمانا يميل لصالح ميليشيا حزب الله الشيعية المدعومة من إيران.",
			not:  []string{"iran"}},
		{id: "2015-07-27-765", title: "وزارة الدفاع العراقية تعلن طرد داعش من جامعة الأنبار",
			text: "وأشار العيساوي إلى أن جماعات الحشد الشعبي المدعومة من إيران والتي ترفض واشنطن التنسيق معها لم تشارك في عملية الجامعة، وأطلقت قوات الأمن والجماعات المسلحة المتحالفة معها في أبريل نيسان عملية عسكرية في محافظة الأنبار بغرب العراق لاستعادتها من أيدي داعش.",
			not:  []string{"iran"}},
		// Guards.
		{id: "SK-middleEast-2491-20180620", title: "الجيش الحر يتوعد بـ\"براكين من النيران\" إذا هاجم الأسد الجنوب",
			text: "قال قائد بالمعارضة السورية المسلحة إن قوات الحكومة السورية وحلفاءها المدعومين من إيران سيواجهون \"براكين من النيران\" إذا هاجموا جنوب غرب البلاد الخاضع لسيطرة المعارضة.",
			want: []string{"iran"}},
		{id: "SK-internationalNews-3150-20180906", title: "ألمانيا تغري تركيا بالمساعدات لاستقبال \"لاجئي إدلب\"",
			text: "يأتي ذلك في وقت تستعد قوات النظام السوري المدعومة من إيران وروسيا لشن هجوم لاستعادة محافظة إدلب آخر معقل للمعارضة المسلحة ضد نظام الرئيس السوري بشار الأسد.",
			want: []string{"iran"}},
	} {
		f := Extract(c.title, c.text, time.Time{})
		hasAll(t, c.id+" actors", f.Actors, c.want...)
		hasNone(t, c.id+" actors", f.Actors, c.not...)
	}
}
