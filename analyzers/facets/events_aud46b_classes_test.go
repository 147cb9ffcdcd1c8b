package facets

import "testing"

// Round 46's ruling rul46d-1 types the Houthis' detentions as abductions,
// not arrests (houthiDetention): a Houthi name among the six words before
// the arrest word, or the rebels or militias right before it in a story
// that names the Houthis. A Houthi after the arrest word is whom a state
// force arrested, and stays an arrest (last rows).
func TestHouthiDetentionAbduction(t *testing.T) {
	checkTypes(t, []typeCase{
		{"militias' campaign", "SK-middleEast-1194-20180423", "ميليشيات الحوثي تعتقل العشرات من مسؤولي أحياء صنعاء",
			"شنت ميليشيات الحوثي، الموالية لإيران، حملة اعتقالات في العاصمة اليمنية صنعاء طالت العشرات من مسؤولي الأحياء.\nوذكرت مصادر يمنية أن المتمردين اعتقلوا 45 مسؤول حارة من أحياء متفرقة في العاصمة بذريعة مخالفتهم لتوجيهات أصدرتها الميليشيات مطلع الشهر الجاري.",
			"2018-04-23 07:21", "abduction-forced-disappearance", true},
		{"militias' campaign", "SK-middleEast-1194-20180423", "ميليشيات الحوثي تعتقل العشرات من مسؤولي أحياء صنعاء",
			"شنت ميليشيات الحوثي، الموالية لإيران، حملة اعتقالات في العاصمة اليمنية صنعاء طالت العشرات من مسؤولي الأحياء.\nوذكرت مصادر يمنية أن المتمردين اعتقلوا 45 مسؤول حارة من أحياء متفرقة في العاصمة بذريعة مخالفتهم لتوجيهات أصدرتها الميليشيات مطلع الشهر الجاري.",
			"2018-04-23 07:21", "arrests", false},
		{"Hodeidah's young men", "SK-middleEast-2042-20180530", "هلع حوثي بالحديدة.. وحملة اعتقالات تحسبا لانتفاضة شعبية",
			"نفذت ميليشيات الحوثي حملة اعتقالات واسعة شملت العشرات من شباب مدينة الحديدة، وذلك بتهم \"الخيانة والتآمر\" والعمل مع قوات المقاومة اليمنية التي اقتربت من السيطرة على المدينة الاستراتيجية الواقعة غربي اليمن.",
			"2018-05-30 08:47", "abduction-forced-disappearance", true},
		{"a Houthi leader arrested", "SK-middleEast-2542-20180622", "\"العمالقة\" تحبط تسللا بالحديدة.. وتعتقل قياديا حوثيا",
			"أفاد مراسلنا في اليمن، الجمعة، بأن قوات لواء العمالقة أحبطت عملية تسلل على مطار الحديدة، وألقت القبض على قيادي حوثي كبير وقتلت مرافقيه.",
			"2018-06-22 14:08", "abduction-forced-disappearance", false},
	})
}

// A state outside the taxonomy names its forces by القوات and its
// nationality (nationalArmies): their capture is a government's regain,
// as "الجيش الصومالي" already was. The last row is a guard: a capture
// with no force named before it types nothing new.
func TestNationalArmyRegain(t *testing.T) {
	checkTypes(t, []typeCase{
		{"Somali forces", "2015-07-24-1072", "القوات الصومالية تنتزع بلدة مهمة من أيدي جماعة «الشباب»",
			"سيطرت القــوات الصـومالية والاتحــاد الإفريقي أمس الخميس على مدينة باردهير جنوب غربي الصومال ، والتي كانت واحدة من آخر البلدات الخاضعة لجماعة «الشباب» المسلحة في الدولة الواقعة بمنطقة القرن الأفريقي وذلك بحسبم ما أفادت مصادر عسكرية وشهود .",
			"2015-07-24 00:00", "government-regains-territory", true},
		{"Somali forces", "2015-07-24-1072", "القوات الصومالية تنتزع بلدة مهمة من أيدي جماعة «الشباب»",
			"سيطرت القــوات الصـومالية والاتحــاد الإفريقي أمس الخميس على مدينة باردهير جنوب غربي الصومال ، والتي كانت واحدة من آخر البلدات الخاضعة لجماعة «الشباب» المسلحة في الدولة الواقعة بمنطقة القرن الأفريقي وذلك بحسبم ما أفادت مصادر عسكرية وشهود .",
			"2015-07-24 00:00", "non-state-actor-overtakes-territory", false},
	})
}
