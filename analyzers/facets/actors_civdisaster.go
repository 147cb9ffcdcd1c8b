package facets

// An article about a natural disaster or an accident abroad counts its dead
// in sentences of their own: "مقتل 19 شخصا بتصادم حافلتين بالسودان" over
// "وأفادت مصادر طبية بأن القتلى هم 13 رجلا وطفلان و4 نساء", or an
// earthquake's story that tells of "سكان الجزيرة" without the quake in the
// same sentence. The sentence-level test in actorCounts (disasterWords,
// accidentWords) misses them. The gold guide makes civilians an actor as
// victims of the armed events an article reports; an article whose title
// names a quake, a flood, a crash or an accident and whose text names no
// attack, fighting, shooting, stabbing, arson or abduction reports none.

// disasterTitleWords in a title name a natural disaster (disasterWords) or
// an accident: a crash, a collision, a landslide, or the weather that
// kills: lightning ("صاعقة تقتل عائلة في المكسيك"), a heat wave. Not
// "دهس": a ramming is as often an attack. Not "انقلاب": it is also a
// coup. "صاعقة" is also a commando force ("ضابط الصاعقة"), which is why
// it is a title word only: the veto words below (الجيش، إرهاب) keep such a
// story.
var disasterTitleWords = union(disasterWords.without("الحريق", "حريق", "الحرائق", "حرائق"), wordList("حادث حوادث الحادث حادثة الحادثة بحادث بحادثة اصطدام تصادم بتصادم تحطم تحطمت تحطّم بتحطم انهيارات الانهيارات ثلوج عواصف بزلزال "+
	"صاعقة صواعق الحرارة حرارة"))

// disasterVetoWords anywhere in the article say that someone did harm:
// fighting, a shooting, a stabbing, arson, a crime or war. Fires are left
// out of the title words for the same reason: a settler or a gang sets
// them.
var disasterVetoWords = union(attackWords, abductionWords, wordList("هجوم هجوما الهجوم هجمات الهجمات اشتباك اشتباكات الاشتباكات معارك المعارك قتال القتال مسلح مسلحون مسلحين مسلحة المسلحين رصاص الرصاص بالرصاص برصاص النار طعن طعنا بالطعن طعنه سكين أضرم أحرق إحراق مستوطن مستوطنون مستوطنين جريمة الجريمة جرائم قاتل القاتل حرب الحرب إرهاب الإرهاب الإرهابيين اعتقال قتلهم قتله مقاتلين عسكرية عسكري الجيش جيش"))

// disasterStory reports an article whose title names a disaster or an
// accident and whose text names no harm done by anyone.
func (c *articleCues) disasterStory(toks []token) bool {
	return once(&c.disaster, func() bool {
		// The title's tokens come first: most titles name no disaster,
		// and the article need not be read for a veto.
		return titleHas(toks, disasterTitleWords) && !inArticleAny(toks, disasterVetoWords)
	})
}

// harmDoneWords anywhere in an article tell of someone doing harm or of an
// armed side: the disaster vetoes, a captor (captorWords), a shelling told
// by its verb (shelledVerbs), and killing, an execution, an assault, a
// shelling, a detention, a hostage, an occupation, a force or a policeman, a
// weapon, a protest, a conflict, a sniper. Not a bare "رصاصة": a memoir
// of an actress has one. The listed words are only those the named
// sets lack.
var harmDoneWords = union(disasterVetoWords, attackOnWords, detentionWords, captorWords, shelledVerbs, wordList("يعدم تعدم أعدمت أعدموا ذبحهم ذبحت ذبحوا يذبح نحر رهينة الرهينة رهينتين شرطي شرطيان شرطيين الشرطي قتل قتلت قتلوا "+
	"قتلى القتلى مقتل بمقتل قتيل قتيلا قتيلين يقتل تقتل اقتتال الحوثيون اغتيال الاغتيال رهائن الرهائن احتلال الاحتلال "+
	"قذيفة قذائف صاروخ صواريخ لغم ألغام ذبح إعدام الإعدام أعدم حرق حرقا اغتصاب الاغتصاب العنف عنف الشرطة الأمن قوات القوات "+
	"جنود الجنود جندي الجندي دهس سلاح السلاح أسلحة الأسلحة مقذوف مقذوفات شهيد شهداء الشهداء استشهاد استشهد تظاهرة تظاهرات "+
	"مظاهرات متظاهرين المتظاهرين احتجاجات مواجهات المواجهات ضرب نزاع النزاع النزاعات صراع الصراع "+
	// m51afn2: a sniper ("أصيبت برصاصة في الصدر من قبل
	// قناص إسرائيلي", a medic's death told in a short feature).
	"قناص القناص قناصة القناصة"))

// harmlessStory reports an article with no word of harm done or of an armed
// side anywhere, title or text: a health column on children's anaesthesia,
// a hospital's count of swallowed objects, a hiker's fall from a cliff, a
// plague case in a park. Its "الأطفال" or "أشخاص" are no victims of anyone,
// whatever its title names; disasterStory reads only titles that name a
// disaster, and keeps the killed ("قتل") a quake leaves.
func (c *articleCues) harmlessStory(toks []token) bool {
	return once(&c.harmless, func() bool {
		return !inArticleAny(toks, harmDoneWords)
	})
}
