package facets

// Civilians told only as the "civilian targets" an attack was aimed at.
// "إطلاق الحرس الثوري الإيراني صواريخ حوثية بالستية ضد أهداف مدنية في
// السعودية"، "الضربات التي شنتها المقاتلات الحربية التركية على مناطق
// مدنية بقضاء سنجار"، "أطلق بطريقة مُتعمدة لاستهداف المناطق المدنية والآهلة
// بالسكان": no person is named, but the attack is said to be aimed at
// civilians' places, and the golds code civilians as targeted there (the
// Houthi missiles intercepted over Saudi towns among them). The same
// phrase after a word of sparing or a negation ("تتجنب الأهداف المدنية"،
// "لم ولن تستهدف المواقع المدنية"، "حماية المدنيين والأعيان المدنية"), or
// under a plan ("كانوا يخططون لاستهداف منشآت مدنية"), names no attack;
// after a charge ("الحوثيين، الذين وجهت إليهم المملكة مسؤولية إطلاق صواريخ
// بالستية واستهداف مواقع مدنية") it is the accuser's wording of the other
// side's war, not an attack the story reports.

var (
	// civilianTargetNouns are the nouns "مدنية" makes civilian objects:
	// targets, areas, facilities, sites, places.
	civilianTargetNouns = wordSet("أهداف الأهداف هدف الهدف مناطق المناطق منطقة المنطقة منشآت المنشآت منشأة المنشأة الأعيان أعيان " +
		"مواقع المواقع الأماكن أماكن")
	// civilianAdjectives right after such a noun: "أهداف مدنية".
	civilianAdjectives = wordSet("مدنية المدنية")
	// civilianTargetAttackWords before the phrase aim an attack at it:
	// the verbs and nouns of targeting, striking and firing.
	civilianTargetAttackWords = wordSet(conjForms("استهداف استهدف استهدفت استهدفوا يستهدف تستهدف مستهدفة قصف قصفت يقصف تقصف " +
		"هجوم هجمات الهجمات هجوما الاعتداءات اعتداءات الضربات ضربات غارات الغارات شنت شن " +
		"صواريخ الصواريخ صاروخ صاروخا الصاروخ قذائف القذائف إطلاق أطلق أطلقت أطلقوا أطلقه أطلقته أطلقها ضربت أصابت مهاجمة هاجم هاجمت هاجموا"))
	// civilianTargetUndone before the phrase make it no attack done:
	// sparing, negation, a plan, or a hypothetical ("أي").
	civilianTargetUndone = wordSet("تجنب لتجنب وتجنب تتجنب وتتجنب يتجنب تجنيب بتجنيب الابتعاد للابتعاد حماية لحماية وحماية بحماية الحفاظ " +
		"لم لن ولن عدم بعدم ينوون يخططون يخطط تخطط خطط التخطيط مخطط أي")
	// civilianTargetCharges earlier in the sentence make the attack a
	// charge: "اتهمت"، "مسؤولية"، "حملت".
	civilianTargetCharges = wordSet("اتهمت اتهمتها تتهم يتهم اتهم اتهموا يتهمون اتهام باتهام الاتهام مسؤولية بمسؤولية المسؤولية حملت تحمل يحمل")
	// civilianTargetEntry is the civilians entry such a phrase stands for.
	civilianTargetEntry = &entry{words: []string{"civilian targets"}, kind: kindActor, ids: []string{"civilians"}, weak: true, found: true}
)

// civilianTargetMentions returns a civilians mention for each "civilian
// targets" phrase (a civilianTargetNouns word and "مدنية" right after it)
// with an attack word within six words before it in its sentence and no
// sparing, negation, plan or "أي" within six words before it, nor a
// charge within twenty.
func civilianTargetMentions(toks []token, ms []mention) []mention {
	return uncoveredMentions(toks, ms, civilianTargetNouns, func(i int) (*entry, int) {
		if i+1 >= len(toks) || toks[i+1].gap || toks[i+1].sent != toks[i].sent || !toks[i+1].has(civilianAdjectives) {
			return nil, 0
		}
		if !nearBefore(toks, i, 6, civilianTargetAttackWords) || nearBefore(toks, i, 6, civilianTargetUndone) || nearBefore(toks, i, 20, civilianTargetCharges) {
			return nil, 0
		}
		return civilianTargetEntry, i + 2
	})
}
