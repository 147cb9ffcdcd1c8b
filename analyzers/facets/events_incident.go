package facets

// incidentTriggers name a terrorist attack by its deed alone, definite as
// the news names the one it tells: "أدى الحادث الإرهابي الغادر الذي وقع في
// مسجد داخل مقر قوات الطوارئ الخاصة بعسير إلى استشهاد 12"، "استنكر أهالي
// المناطق الجنوبية يوم أمس الحادث الإرهابي الذي وقع لمنسوبي قوات
// الطوارئ"، "مدير تعليم الليث يستنكر العمل الإرهابي بعسير". Not الهجوم
// الإرهابي, an assault word's (evAssault), nor the indefinite "عمل
// إرهابي", mostly one feared or planned ("تحسبا لعمل إرهابي") or a
// predicate ("عملية السطو ... هي حادثة إرهابية" over a bank robbery).
const incidentTriggers = "الحادث الإرهابي|الحادثة الإرهابية|العمل الإرهابي|الجريمة الإرهابية|الاعتداء الإرهابي"

// incidentBombWords name a blast or its bomber: an article that names one
// tells its terrorist incident a bombing. Not فجر, as often the dawn
// ("صلاة الفجر").
var incidentBombWords = wordSet("تفجير التفجير تفجيرين تفجيرات التفجيرات انفجار الانفجار انفجارين انفجارات انفجر انفجرت " +
	"فجرت فجروا انتحاري الانتحاري انتحارية الانتحارية ناسف ناسفة الناسفة مفخخة المفخخة")

// incidentType types a terrorist incident (evIncident) as a bombing, typed
// by the article's device as a bare تفجير is (blastDevice), when the
// article names a blast anywhere (incidentBombWords): the Saudi dailies
// told the Asir mosque bombing of August 2015 in their leads as "الحادث
// الإرهابي" and named the blast only further down ("وكان وقت التفجير
// بالمسجد"، "موقع التفجير"), below the weight a body word carries. A
// round-38 blind audit found it untyped, as the earlier audits had found
// four more reports of it. The caller keeps it only in the title or lead.
// An article naming no blast (a shooting, a ramming, an arson) leaves it
// untyped.
func incidentType(toks []token) string {
	if inArticleAny(toks, incidentBombWords) {
		return evBlast
	}
	return ""
}
