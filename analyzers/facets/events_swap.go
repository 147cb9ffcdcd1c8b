package facets

import "strings"

// evSwap (تبادل، مبادلة) is an agreement when captives are exchanged: a
// prisoner swap is a deal its parties made and carried out ("صفقات سرية
// لتبادل محتجزين"، "صفقة مبادلة بين داعش من جهة والنظام")، as ACLED codes
// it. An exchange of fire is a clash phrase of its own, and an exchange of
// accusations, visits or goods names no captives.
const evSwap = "swap"

// swapCaptives are the people or remains a swap exchanges; swapDeals the
// deal words that make a swap of purpose (لتبادل) one carried out.
var (
	swapCaptives = wordSet("الاسري اسري اسيرا المحتجزين محتجزين محتجزات المعتقلين معتقلين معتقلات المعتقلات السجناء سجناء الجثث جثث جثامين الجثامين " +
		"الرهائن رهائن المختطفين مختطفين المختطفات مختطفات المخطوفين مخطوفين الموقوفين موقوفين")
	swapDeals = wordSet("صفقه صفقات الصفقه الصفقات اتفاق الاتفاق اتفاقا عمليه عمليات")
)

// swapType types a swap word of the tokens [i, end): an agreement when
// captives follow within three words in its sentence ("تبادل الأسرى"،
// "مبادلة 60 معتقلة") or a deal word stands within two before it and
// captives are named in the sentence ("عودة المختطفات ... ضمن صفقة مبادلة
// بين داعش من جهة والنظام"); a swap of purpose (لتبادل) only after a deal
// word. Else nothing.
func swapType(toks []token, i, end int) string {
	s := toks[i].sent
	deal := false
	for j := i - 1; j >= 0 && j >= i-2 && toks[j].sent == s; j-- {
		if toks[j].has(swapDeals) {
			deal = true
		}
	}
	if strings.HasPrefix(toks[i].w, "ل") && !deal {
		return "" // "تسعى لتبادل الأسرى": a purpose
	}
	for j := end; j < len(toks) && j < end+3 && toks[j].sent == s; j++ {
		if toks[j].has(swapCaptives) {
			return "agreement"
		}
	}
	if deal {
		for j := sentStart(toks, i); j < len(toks) && toks[j].sent == s; j++ {
			if toks[j].has(swapCaptives) {
				return "agreement"
			}
		}
	}
	return ""
}
