package facets

import "testing"

// TestEventTypesAud56a pins round 56's blind audit a rule (events_firedonunit.go):
// fire aimed at a security force named as a unit with its force (قوات
// الأمن، القوة الأمنية، قوة أمنية)، fire told with its manner between the fire
// and its aim ("مطلقاً النار بكثافة على رجال الأمن")، and fire aimed تجاه the
// men are an armed clash (rul46b-2), when a verb, a participle, a masdar
// with its doer or a masdar بادر governs tells it. The want rows are corpus
// sentences that fail on main. Guards: a bare masdar naming an incident in
// a list of a cell's crimes and in a wanted man's charges, a patrol named by
// a pronoun ending with no force word (a drunk man's shooting, coded as a
// crime), and the security forces firing on protesters.
func TestEventTypesAud56a(t *testing.T) {
	checkTypes(t, []typeCase{
		{"fire with its manner between fire and aim", "CN-middleEast-1231-20180816", `الداخلية السعودية عن إطلاق النار في البكيرية: الهدف مواطن يتبنى فكر داعش`,
			`وأضاف البيان: "تمكنت الجهات الأمنية من خلال تحرياتها المكثفة من تحديد ورصد مكان تواجده بالقرب من حي السوق بمحافظة البكيرية وبمحاصرته وتوجيه النداء له لتسليم نفسه ترجل من سيارته وهو يلف على جسده ما يشبه الحزام الناسف مطلقاً النار بكثافة على رجال الأمن ما اقتضى الرد عليه بالمثل".`,
			"2018-08-16 04:06", "armed-clash", true},
		{"wanted men set about firing at the security force", "CN-middleEast-333-20180322", `حماس: مقتل "المطلوب الرئيسي" في تفجير موكب رئيس الوزراء`,
			`وتابعت بالقول إنه "تم محاصرة عدد من المطلوبين من بينهم المتهم الرئيسي أبو خوصة وطالبتهم بتسليم أنفسهم، إلا أنهم بادروا على الفور بإطلاق النار باتجاه القوة الأمنية مما أدى لاستشهاد اثنين من رجال الأمن".`,
			"2018-03-22 12:00", "armed-clash", true},
		{"fighters fired on the security forces", "2015-07-22-54", `رئيس الوزراء التركي يعلن تحديد هوية مشتبه به في الهجوم الانتحاري في سروج`,
			`وأعلنت القوات المسلحة التركية عن تعرض جنودها لهجومين في شرق البلاد ليل الاثنين. وفي إقليم أجدير، أغلق مقاتلو حزب العمال الكردستاني طريقا سريعا وأطلقوا النار على قوات الأمن.`,
			"2015-07-22 12:00", "armed-clash", true},
		{"unknown men's fire on a security force, its doer named", "2015-08-09-834", `مصر: مقتل رقيب وإصابة 3 مجندين`,
			`لقي رقيب شرطة مصرعه أمس وأصيب ثلاثة مجندين إثر إطلاق مجهولين النار على قوة أمنية من إدارة ترحيلات مديرية أمن الوادي الجديد.`,
			"2015-08-09 12:00", "armed-clash", true},
		{"fire aimed تجاه the men", "CN-middleEast-1070-20180601", `الداخلية السعودية تكشف تفاصيل مقتل شرطي بالطائف وتعلن اعتقال الجاني`,
			`وأضاف: "عند محاصرة الجاني من الجهات الأمنية، أثناء محاولته الفرار باستخدام دورية المرور، ترجل منها وبحيازته السلاح الموجود داخل الدورية، واتجه إلى داخل مبنى حكومي وهو يطلق النار تُجاه رجال الأمن مما اقتضى التعامل معه".`,
			"2018-06-01 12:00", "armed-clash", true},
		{"a bare masdar in a list of a cell's crimes", "2015-07-21-704", `431 من خلايا "داعش" في قبضة الداخلية`,
			`وقد نفذ هذا التنظيم عددا من العمليات الإجرامية شملت الآتي : 1 - حادث استهداف المصلين بقرية الدالوه بمحافظة الإحساء بتاريخ 10/1/1436. 2 - حادث إطلاق النار على دورية الأمن العام شرق مدينة الرياض بتاريخ 19/6/1436 واستشهاد قائدها ومرافقه.`,
			"2015-07-21 12:00", "armed-clash", false},
		{"a bare masdar among a wanted man's charges", "2015-07-27-1348", `"شرطة الشرقية" تكشف تفاصيل مقتل "مطلوب القائمة 23" بالقطيف`,
			`وأضاف أنه متورط في إثارة الشغب والتجمعات الغوغائية وعرقلة حركة المرور داخل الأحياء وإتلاف الممتلكات العامة والخاصة، وحيازة أسلحة نارية بصفة غير مشروعة، وإطلاق النار عشوائياً على المواطنين ورجال الأمن.`,
			"2015-07-27 12:00", "armed-clash", false},
		{"a patrol named by its pronoun, a drunk man's shooting", "2015-07-25-66", `مخمور يطلق النار على دورية ويصيب رجلي أمن في الرياض`,
			`علمت "عين اليوم" عن إصابة رجلي أمن في الرياض بعد أن فتح مخمور ومتعاطٍ للمخدرات النار على دوريتهما في حي النخيل.`,
			"2015-07-25 12:00", "armed-clash", false},
		{"the security forces fire on protesters", "BB-middleEast-739-20180716", `احتجاجات العراق تتواصل`,
			`وكانت الاحتجاجات بدأت في البلاد في 8 يوليو/تموز الجاري عندما فتحت قوات الأمن النار على متظاهرين شباب في البصرة مطالبين بفرص عمل.`,
			"2018-07-16 12:00", "armed-clash", false},
	})
}
