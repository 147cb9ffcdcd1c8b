package facets

// civilianRoles name the one person a fire is aimed at by a civilian's
// calling or place at a gathering: the priest, the journalist, the
// photographer, the activist, the doctor, the lawyer, the wedding's guests,
// the mourners. "رجلين أطلقا النار على القس ريتشموند نيلو مساء الأحد في
// كنيسة"، "دخله عدد من المسلحين وفتحوا النار على الضيوف الذكور"، "وأطلقا
// النار على الإعلامي": fire opened on such a person is the attack on
// civilians firedOnPeople reads, as it reads the fire on passers-by or
// worshippers (civilianTargets). Every pool and blind gold article with the
// construction codes attack-on-civilians (4 of 4, round 59's m59et). Looked
// up whole at the one word after "النار على" (plainWords: no set bit), so
// each form is listed with and without its article. Not a bare رجل or
// شاب (as often a suspect the police fired on), nor an official or a
// deputy (مسؤول، نائب: as often a security man).
var civilianRoles = plainWords("القس قس القسيس قسيس الكاهن كاهن " +
	"الصحفي صحفي الصحافي صحافي الصحفيه صحفيه الصحافيه صحافيه الصحفيين صحفيين الصحافيين صحافيين " +
	"الاعلامي اعلامي الاعلاميه اعلاميه المصور مصور المراسل مراسل " +
	"الناشط ناشط الناشطه ناشطه الطبيب طبيب الطبيبه طبيبه المحامي محامي " +
	"الضيوف ضيوف المدعوين مدعوين المعزين معزين المشيعين مشيعين")
