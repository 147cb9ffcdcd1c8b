package facets

import "testing"

// TestActorFundedForce pins a foreign state's force named in a sentence of
// money or sanctions where nobody fights (fundedForce,
// actors_statediplomacy.go): the Revolutionary Guard a finance network
// serves, an airline by its state's adjective. The not rows fail on main.
// The guards: money spent on smuggling a force's arms, and a Guard that
// harasses a commercial ship, keep the state.
func TestActorFundedForce(t *testing.T) {
	checkStateClass(t, []stateClassCase{
		{id: "FR-economy-35-20180510", title: "واشنطن تفرض عقوبات جديدة على إيران",
			text: "تضمن بيان صادر عن وزارة الخزانة الأمريكية الخميس أن واشنطن قد فرضت عقوبات على شبكة تمويل للحرس الثوري الإيراني.",
			not:  []string{"iran"}},
		{id: "BB-middleEast-784-20180725", title: "الرئيس الإيراني حسن روحاني يقيل محافظ البنك المركزي",
			text: "كما فرضت واشنطن في الشهر نفسه عقوبات طالت سيف شخصيا، متهمة إياه بمساعدة الحرس الثوري الإيراني في تحويل ملايين الدولارات إلى حزب الله اللبناني.",
			not:  []string{"iran"}},
		{id: "FR-economy-71-20180806", title: "عقوبات أمريكية جديدة تثقل كاهل اقتصاد إيراني منهك",
			text: "وفي إجراء استباقي عشية استئناف العقوبات الأمريكية ضد طهران، تزودت شركة الطيران الإيرانية الأحد بخمس طائرات لتجديد أسطولها.",
			not:  []string{"iran"}},
		// Guard: the Guard smuggling arms through an airline.
		{id: "SK-middleEast-3517-20180904", title: "طرق \"سرية\" تستخدمها إيران لتهريب الأسلحة لحزب الله",
			text: "وتعتبر شركة \"قشم فارس\" واحدة من شركات الطيران المدني المستخدمة لتهريب الأسلحة من قبل الحرس الثوري الإيراني.",
			want: []string{"iran"}},
		// Guard: a commercial ship is no money.
		{id: "BB-middleEast-700-20180705", title: "9 معلومات مهمة عن مضيق هرمز",
			text: "الحرس الثوري الإيراني \"يتحرش\" بسفينة تجارية أمريكية في مضيق هرمز.",
			want: []string{"iran"}},
	})
}
