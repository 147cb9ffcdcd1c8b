package facets

import (
	"reflect"
	"testing"
	"time"
)

// TraceTolls names the stage and the rule that dropped each figure, and
// gives Extract's facets.
func TestTraceTolls(t *testing.T) {
	const (
		title = "مقتل ثلاثة جنود في هجوم على حاجز"
		body  = "قتل ثلاثة جنود اليوم الخميس في هجوم شنه مسلحون على حاجز للجيش جنوب المدينة.\n\n" +
			"وقتل خمسة أشخاص في هجوم مماثل الأسبوع الماضي.\n\n" +
			"وقتل 9 أشخاص في 12 مارس 2018 في هجوم على الحاجز نفسه."
	)
	pub := time.Date(2018, 5, 10, 0, 0, 0, 0, time.UTC)
	f, steps := TraceTolls(title, body, pub)
	if want := Extract(title, body, pub); !reflect.DeepEqual(f, want) {
		t.Errorf("facets %+v, Extract's %+v", f, want)
	}
	type line struct {
		stage, why string
		n, para    int
	}
	var got []line
	for _, s := range steps {
		got = append(got, line{s.Stage, s.Why, s.N, s.Para})
	}
	want := []line{
		{TollStageRead, "", 3, 0}, {TollStageRead, "", 3, 1}, {TollStageRead, "", 5, 2}, {TollStageRead, "", 9, 3},
		{TollStageFilter, "weekTold", 5, 2}, {TollStageFilter, "datedBefore", 9, 3},
		{TollStageKept, "", 3, 0}, {TollStageKept, "", 3, 1},
		{TollStageMain, "mainToll", 3, -1}, {TollStageMain, "mainToll", -1, -1},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("trace\n got %v\nwant %v", got, want)
	}
	if steps[2].Text != "وقتل خمسة أشخاص في" || !steps[0].Title || steps[1].Kind != "killed" {
		t.Errorf("steps %+v", steps[:3])
	}
}
