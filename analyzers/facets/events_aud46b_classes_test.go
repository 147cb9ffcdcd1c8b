package facets

import "testing"

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
