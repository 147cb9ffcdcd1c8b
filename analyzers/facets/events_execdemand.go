package facets

// demandedExecution reports an execution word at token i (executionTriggers)
// that a demand or a call stands right before, within execDemandReach words
// of its sentence: "غضب في اللاذقية ومطالبة بإعدام سليمان الأسد"،
// "احتجاجات ... مطالبين بإعدام محافظ البنك المركزي"، "النيابة الكويتية
// تطالب بإعدام المتهمين". What a crowd, a prosecutor or a speaker demands
// is no execution carried out, and no attack on civilians: over the pool
// and blind gold articles, every one of the five that hold an execution
// word after such a word leaves attack-on-civilians out (round 62,
// aud62a). modalWords already holds the finite يطالب، تطالب، دعا، يريد,
// which modalBefore asks of every trigger; this set holds those verbs
// again beside the masdar and the participles (مطالبة، مطالبين) and the
// chants, which the modal list does not hold, so that one test reads
// every demand word whatever modalBefore's exceptions let through.
func demandedExecution(toks []token, i int) bool {
	return toks[i].has(executionTriggers) && nearBefore(toks, i, execDemandReach, execDemandWords)
}

// execDemandReach is how far before an execution word demandedExecution
// looks: "مطالبين السلطات بإعدام" puts one word between.
const execDemandReach = 3

// execDemandWords demand or call for an execution: the verbs, their masdar
// and participles, and a crowd's chants.
var execDemandWords = wordSet("يطالب تطالب يطالبون طالب طالبت طالبوا مطالبة المطالبة مطالبا مطالبين مطالبون " +
	"دعا دعت دعوا يدعو تدعو يدعون دعوة الدعوة دعوات هتفوا يهتفون هتافات مرددين")
