package facets

// Salisbury's named victims. Round 46's rul46a-4 (adjudication README)
// codes the Skripals civilians when the nerve-agent attack, or its
// investigation, evidence, charges or author, is the article's news and
// the text names its victims: "الشرطة البريطانية تعلن معلومات جديدة عن
// تسميم الجاسوس"، "كم يستغرق تحليل عينات تسميم الجاسوس الروسي؟"،
// "بريطانيا تستدعي الجيش للمساعدة في التحقيق بمحاولة قتل الجاسوس"،
// "قضية سكريبال: منظمة حظر الأسلحة الكيميائية تؤكد". A story whose title
// is the diplomacy the attack caused (expulsions, sanctions, a boycott of
// the World Cup, an ambassador summoned: "بريطانيا تطرد 23 دبلوماسيا روسيا
// بسبب تسميم سكريبال"، "أزمة الجاسوس سكريبال: دبلوماسيون روس يستعدون
// لمغادرة بريطانيا") stays uncoded, as round 45's rul45a-2 has it for
// russia; so does Russia's reply and a rebuttal of its claims. The title decides what the news is; the victim is named by his
// name (سكريبال) or as the former spy or agent of the poisoning.

var (
	// skripalNames name the poisoned former agent.
	skripalNames = wordSet("سكريبال وسكريبال لسكريبال بسكريبال سكربيال سكريبل")
	// skripalRoles name him by his role, which the title's poisoning
	// makes his: "الجاسوس الروسي"، "العميل المزدوج".
	skripalRoles = wordSet("الجاسوس للجاسوس بالجاسوس والجاسوس جاسوس العميل للعميل والعميل عميل")
	// skripalVictimWords are the names and the roles.
	skripalVictimWords = union(skripalNames, skripalRoles)
	// skripalAttackTitle in the title make the attack or its inquiry the
	// news: the poisoning, the attack, the nerve agent, the chemical
	// weapon's inquiry, the samples, the suspects.
	skripalAttackTitle = wordSet("تسميم بتسميم لتسميم التسميم تسمم التسمم بتسمم سمم سممت مسممي المسمم الهجوم بالهجوم هجوم الاعتداء اعتداء " +
		"الأعصاب أعصاب نوفيتشوك التحقيق التحقيقات تحقيق تحقيقات عينات العينات المشتبه هوية بمحاولة محاولة اغتيال")
	// skripalDiplomacyTitle in the title make the attack the background
	// of diplomacy: expulsions, diplomats, sanctions, a boycott, the
	// World Cup, an ambassador, a summit, a denial ("بوتن ينفي مجددا
	// اتهامات بريطانيا"), steps, talks, a council meeting.
	skripalDiplomacyTitle = wordSet("طرد تطرد يطرد بطرد وتطرد طردت المطرودين المطرودون دبلوماسيا دبلوماسيين دبلوماسيون الدبلوماسيين دبلوماسي " +
		"عقوبات العقوبات بعقوبات عقابية مقاطعة تقاطع المونديال السفير سفير سفيره قمة مزاعم ترفض يرفض رفض ينفي تنفي نفى نفت " +
		"إجراء إجراءات الإجراءات بإجراءات محادثات اجتماع مجلس")
	// skripalSinceWords before the title's attack word make it the time
	// of what the story tells: "الناتو وروسيا يجريان أول محادثات منذ تسميم
	// سكريبال"، "هذا هو إجراء اتحاد أوروبا بحق موسكو بعد تسميم الجاسوس".
	skripalSinceWords = wordSet("بعد منذ إثر عقب وبعد")
	// skripalChemicalTitle tell the attack only beside the victim in
	// the title ("قضية سكريبال: منظمة حظر الأسلحة الكيميائية تؤكد"); alone
	// they are as often Syria's or the OPCW's diplomacy ("موسكو تلوح
	// بالانسحاب من منظمة حظر الأسلحة الكيميائية").
	skripalChemicalTitle = wordSet("الكيميائية الكيمياوي بالكيمياوي الكيماوي")
	// russiaSpeakers opening the title make Russia's reply the news:
	// "روسيا: سوريا هي سبب غضب الغرب بقضية تسميم الجاسوس"، "موسكو تتهم لندن".
	russiaSpeakers = wordSet("روسيا موسكو الكرملين بوتين لافروف")
	// skripalEntry is the civilians entry the named victim stands for.
	skripalEntry = &entry{words: []string{"skripal"}, kind: kindActor, ids: []string{"civilians"}, weak: true, found: true}
)

// skripalMentions returns one civilians mention at the first naming of
// the Salisbury victim in an article that names him by his name
// (skripalNames) and whose title tells the poisoning or its inquiry
// (skripalAttackTitle, or skripalChemicalTitle beside the victim) and no
// diplomacy (skripalDiplomacyTitle, a denial of claims, Russia or its
// leaders as the title's first word: their reply), nor the attack only
// as the time after which the story's step came (skripalSinceWords).
func skripalMentions(toks []token, ms []mention) []mention {
	if !inArticle(toks, skripalNames) || titleHas(toks, skripalDiplomacyTitle) || len(toks) == 0 || toks[0].title && toks[0].has(russiaSpeakers) {
		return nil
	}
	if !titleHas(toks, skripalAttackTitle) && !(titleHas(toks, skripalChemicalTitle) && titleHas(toks, skripalVictimWords)) {
		return nil
	}
	for k := 1; k < len(toks) && toks[k].title; k++ {
		if toks[k].has(skripalAttackTitle) && toks[k-1].has(skripalSinceWords) {
			return nil
		}
	}
	for i := range toks {
		if toks[i].has(skripalVictimWords) {
			return []mention{{e: skripalEntry, start: i, end: i + 1}}
		}
	}
	return nil
}
