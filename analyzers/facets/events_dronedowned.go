package facets

// A drone downed, destroyed or fired on by an interceptor, told in the
// title, is disrupted weapons use: "روسيا: إسقاط طائرتين بدون طيار
// هاجمتا قاعدة حميميم"، "روسيا: تدمير طائرتين دون طيار أطلقتا نحو مطار
// حميميم"، "بصاروخ باتريوت.. إسرائيل تسقط "درون" قرب سوريا"، "إسرائيل
// تطلق صاروخ باتريوت على "درون" قرب حدود سوريا". The golds type every
// title of this kind so (6 of 6 in the pool and blind codings), but
// interceptType wants an air defence or a weapon word near the verb, and
// interceptedMissile a missile, so a drone alone typed nothing.

// droneCraft are the aircraft nouns a drone word (droneKinds) follows:
// "طائرة بدون طيار"، "طائرتين دون طيار"، "طائرات مسيرة".
var droneCraft = wordSet("طائره طائرتين طائرات الطائره الطائرتين الطائرات")

// patriotWords name the interceptor fired at a drone: "صاروخ باتريوت".
var patriotWords = wordSet("باتريوت")

// droneReach is how far after the downing word the drone is named.
const droneReach = 3

// titleDroneDowned returns the title's downing word (interceptWords:
// إسقاط، تسقط، تدمير، اعتراض …) or Patriot with a drone named within
// droneReach words after it in the title; nil if none. Not with the ل of
// purpose ("لإسقاط الطائرات المسيرة" is what a system is for). A drone
// told first and downed after ("الدرون الإيرانية التي أسقطناها كانت
// تحمل متفجرات", a February drone recalled in April) is left.
func titleDroneDowned(toks []token) []int {
	for k := 0; k < len(toks) && toks[k].title; k++ {
		t := &toks[k]
		if !t.has(interceptWords) && !t.has(patriotWords) || hasPrefixWord(stripWa(t.w), "ل") {
			continue
		}
		for j := k + 1; j < len(toks) && j <= k+droneReach && toks[j].title; j++ {
			if toks[j].has(droneNouns) || toks[j].has(droneCraft) && j+1 < len(toks) && toks[j+1].title && toks[j+1].has(droneKinds) {
				return []int{k}
			}
		}
	}
	return nil
}
