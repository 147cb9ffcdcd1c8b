package goldfiles

import "testing"

// TestTunableFile checks which file a gold file named on the command line
// is read as: the adjudicated version where one exists (a sample is never
// read twice), the file itself otherwise, and never a held-back sample.
func TestTunableFile(t *testing.T) {
	const td = "../../testdata/"
	for _, tc := range []struct{ in, want, name string }{
		{td + "fresh8-gold.jsonl", td + "fresh8-gold.jsonl", "fresh8"},
		{td + "holdout12-gold.jsonl", td + "holdout12-gold.jsonl", "holdout12"},
		{td + "holdout13-gold.jsonl", td + "adjudication/holdout13-gold.jsonl", "holdout13 adj."},
		{td + "adjudication/holdout17-gold.jsonl", td + "adjudication/holdout17-gold.jsonl", "holdout17 adj."},
		{td + "holdout18-gold.jsonl", td + "adjudication/holdout18-gold.jsonl", "holdout18 adj."},
		{td + "holdout19-gold.jsonl", td + "adjudication/holdout19-gold.jsonl", "holdout19 adj."},
		{td + "holdout20-gold.jsonl", td + "adjudication/holdout20-gold.jsonl", "holdout20 adj."},
		{td + "holdout21-gold.jsonl", td + "adjudication/holdout21-gold.jsonl", "holdout21 adj."},
		{td + "adjudication/holdout21-second-coder.jsonl", "", ""},
		{td + "holdout22-gold.jsonl", td + "adjudication/holdout22-gold.jsonl", "holdout22 adj."},
		{td + "holdout23-gold.jsonl", td + "adjudication/holdout23-gold.jsonl", "holdout23 adj."},
		{td + "holdout24-gold.jsonl", td + "adjudication/holdout24-gold.jsonl", "holdout24 adj."},
		{td + "holdout25-gold.jsonl", td + "adjudication/holdout25-gold.jsonl", "holdout25 adj."},
		{td + "adjudication/holdout25-gold.jsonl", td + "adjudication/holdout25-gold.jsonl", "holdout25 adj."},
		{td + "adjudication/holdout25-second-coder.jsonl", "", ""},
		{td + "holdout28-gold.jsonl", td + "adjudication/holdout28-gold.jsonl", "holdout28 adj."},
		{td + "adjudication/holdout28-gold.jsonl", td + "adjudication/holdout28-gold.jsonl", "holdout28 adj."},
		{td + "adjudication/holdout24-gold.jsonl", td + "adjudication/holdout24-gold.jsonl", "holdout24 adj."},
		{td + "holdout29-gold.jsonl", td + "adjudication/holdout29-gold.jsonl", "holdout29 adj."},
		{td + "adjudication/holdout29-gold.jsonl", td + "adjudication/holdout29-gold.jsonl", "holdout29 adj."},
		{td + "holdout30-gold.jsonl", td + "adjudication/holdout30-gold.jsonl", "holdout30 adj."},
		{td + "adjudication/holdout30-gold.jsonl", td + "adjudication/holdout30-gold.jsonl", "holdout30 adj."},
		{td + "holdout31-gold.jsonl", td + "adjudication/holdout31-gold.jsonl", "holdout31 adj."},
		{td + "adjudication/holdout31-gold.jsonl", td + "adjudication/holdout31-gold.jsonl", "holdout31 adj."},
		{td + "holdout32-gold.jsonl", td + "adjudication/holdout32-gold.jsonl", "holdout32 adj."},
		{td + "adjudication/holdout32-gold.jsonl", td + "adjudication/holdout32-gold.jsonl", "holdout32 adj."},
		{td + "holdout33-gold.jsonl", td + "adjudication/holdout33-gold.jsonl", "holdout33 adj."},
		{td + "adjudication/holdout33-gold.jsonl", td + "adjudication/holdout33-gold.jsonl", "holdout33 adj."},
		{td + "holdout34-gold.jsonl", td + "adjudication/holdout34-gold.jsonl", "holdout34 adj."},
		{td + "adjudication/holdout34-gold.jsonl", td + "adjudication/holdout34-gold.jsonl", "holdout34 adj."},
		{td + "holdout35-gold.jsonl", td + "adjudication/holdout35-gold.jsonl", "holdout35 adj."},
		{td + "adjudication/holdout35-gold.jsonl", td + "adjudication/holdout35-gold.jsonl", "holdout35 adj."},
		{td + "holdout36-gold.jsonl", td + "adjudication/holdout36-gold.jsonl", "holdout36 adj."},
		{td + "adjudication/holdout36-gold.jsonl", td + "adjudication/holdout36-gold.jsonl", "holdout36 adj."},
		{td + "holdout37-gold.jsonl", td + "adjudication/holdout37-gold.jsonl", "holdout37 adj."},
		{td + "adjudication/holdout37-gold.jsonl", td + "adjudication/holdout37-gold.jsonl", "holdout37 adj."},
		{td + "holdout38-gold.jsonl", td + "adjudication/holdout38-gold.jsonl", "holdout38 adj."},
		{td + "adjudication/holdout38-gold.jsonl", td + "adjudication/holdout38-gold.jsonl", "holdout38 adj."},
		{td + "holdout39-gold.jsonl", td + "adjudication/holdout39-gold.jsonl", "holdout39 adj."},
		{td + "adjudication/holdout39-gold.jsonl", td + "adjudication/holdout39-gold.jsonl", "holdout39 adj."},
		{td + "holdout40-gold.jsonl", td + "adjudication/holdout40-gold.jsonl", "holdout40 adj."},
		{td + "adjudication/holdout40-gold.jsonl", td + "adjudication/holdout40-gold.jsonl", "holdout40 adj."},
		{td + "holdout41-gold.jsonl", td + "adjudication/holdout41-gold.jsonl", "holdout41 adj."},
		{td + "adjudication/holdout41-gold.jsonl", td + "adjudication/holdout41-gold.jsonl", "holdout41 adj."},
		{td + "holdout42-gold.jsonl", td + "adjudication/holdout42-gold.jsonl", "holdout42 adj."},
		{td + "adjudication/holdout42-gold.jsonl", td + "adjudication/holdout42-gold.jsonl", "holdout42 adj."},
		{td + "holdout43-gold.jsonl", td + "adjudication/holdout43-gold.jsonl", "holdout43 adj."},
		{td + "adjudication/holdout43-gold.jsonl", td + "adjudication/holdout43-gold.jsonl", "holdout43 adj."},
		{td + "holdout44-gold.jsonl", td + "adjudication/holdout44-gold.jsonl", "holdout44 adj."},
		{td + "adjudication/holdout44-gold.jsonl", td + "adjudication/holdout44-gold.jsonl", "holdout44 adj."},
		{td + "holdout45-gold.jsonl", td + "adjudication/holdout45-gold.jsonl", "holdout45 adj."},
		{td + "adjudication/holdout45-gold.jsonl", td + "adjudication/holdout45-gold.jsonl", "holdout45 adj."},
		{td + "holdout46-gold.jsonl", td + "adjudication/holdout46-gold.jsonl", "holdout46 adj."},
		{td + "adjudication/holdout46-gold.jsonl", td + "adjudication/holdout46-gold.jsonl", "holdout46 adj."},
		{td + "holdout47-gold.jsonl", td + "adjudication/holdout47-gold.jsonl", "holdout47 adj."},
		{td + "adjudication/holdout47-gold.jsonl", td + "adjudication/holdout47-gold.jsonl", "holdout47 adj."},
		{td + "holdout48-gold.jsonl", td + "adjudication/holdout48-gold.jsonl", "holdout48 adj."},
		{td + "adjudication/holdout48-gold.jsonl", td + "adjudication/holdout48-gold.jsonl", "holdout48 adj."},
		{td + "holdout49-gold.jsonl", td + "adjudication/holdout49-gold.jsonl", "holdout49 adj."},
		{td + "adjudication/holdout49-gold.jsonl", td + "adjudication/holdout49-gold.jsonl", "holdout49 adj."},
		{td + "holdout50-gold.jsonl", td + "adjudication/holdout50-gold.jsonl", "holdout50 adj."},
		{td + "adjudication/holdout50-gold.jsonl", td + "adjudication/holdout50-gold.jsonl", "holdout50 adj."},
		{td + "holdout51-gold.jsonl", td + "adjudication/holdout51-gold.jsonl", "holdout51 adj."},
		{td + "adjudication/holdout51-gold.jsonl", td + "adjudication/holdout51-gold.jsonl", "holdout51 adj."},
		{td + "holdout52-gold.jsonl", td + "adjudication/holdout52-gold.jsonl", "holdout52 adj."},
		{td + "adjudication/holdout52-gold.jsonl", td + "adjudication/holdout52-gold.jsonl", "holdout52 adj."},
		{td + "holdout53-gold.jsonl", td + "adjudication/holdout53-gold.jsonl", "holdout53 adj."},
		{td + "adjudication/holdout53-gold.jsonl", td + "adjudication/holdout53-gold.jsonl", "holdout53 adj."},
		{td + "holdout54-gold.jsonl", td + "adjudication/holdout54-gold.jsonl", "holdout54 adj."},
		{td + "adjudication/holdout54-gold.jsonl", td + "adjudication/holdout54-gold.jsonl", "holdout54 adj."},
		{td + "holdout55-gold.jsonl", td + "adjudication/holdout55-gold.jsonl", "holdout55 adj."},
		{td + "adjudication/holdout55-gold.jsonl", td + "adjudication/holdout55-gold.jsonl", "holdout55 adj."},
		{td + "holdout56-gold.jsonl", td + "adjudication/holdout56-gold.jsonl", "holdout56 adj."},
		{td + "adjudication/holdout56-gold.jsonl", td + "adjudication/holdout56-gold.jsonl", "holdout56 adj."},
		{td + "holdout57-gold.jsonl", td + "adjudication/holdout57-gold.jsonl", "holdout57 adj."},
		{td + "adjudication/holdout57-gold.jsonl", td + "adjudication/holdout57-gold.jsonl", "holdout57 adj."},
		{td + "holdout58-gold.jsonl", td + "adjudication/holdout58-gold.jsonl", "holdout58 adj."},
		{td + "adjudication/holdout58-gold.jsonl", td + "adjudication/holdout58-gold.jsonl", "holdout58 adj."},
		{td + "holdout59-gold.jsonl", td + "adjudication/holdout59-gold.jsonl", "holdout59 adj."},
		{td + "adjudication/holdout59-gold.jsonl", td + "adjudication/holdout59-gold.jsonl", "holdout59 adj."},
		{td + "holdout60-gold.jsonl", td + "adjudication/holdout60-gold.jsonl", "holdout60 adj."},
		{td + "adjudication/holdout60-gold.jsonl", td + "adjudication/holdout60-gold.jsonl", "holdout60 adj."},
		{td + "holdout61-gold.jsonl", td + "adjudication/holdout61-gold.jsonl", "holdout61 adj."},
		{td + "adjudication/holdout61-gold.jsonl", td + "adjudication/holdout61-gold.jsonl", "holdout61 adj."},
		{td + "holdout62-gold.jsonl", td + "adjudication/holdout62-gold.jsonl", "holdout62 adj."},
		{td + "adjudication/holdout62-gold.jsonl", td + "adjudication/holdout62-gold.jsonl", "holdout62 adj."},
		{td + "holdout63-gold.jsonl", td + "adjudication/holdout63-gold.jsonl", "holdout63 adj."},
		{td + "adjudication/holdout63-gold.jsonl", td + "adjudication/holdout63-gold.jsonl", "holdout63 adj."},
		{td + "holdout64-gold.jsonl", td + "adjudication/holdout64-gold.jsonl", "holdout64 adj."},
		{td + "adjudication/holdout64-gold.jsonl", td + "adjudication/holdout64-gold.jsonl", "holdout64 adj."},
		{td + "holdout65-gold.jsonl", "", ""},
		{td + "adjudication/holdout65-gold.jsonl", "", ""},
		{td + "holdout66-gold.jsonl", "", ""},
		{td + "adjudication/holdout66-gold.jsonl", "", ""},
		{td + "adjudication/untouched-gold.jsonl", "", ""},
	} {
		got, err := TunableFile(tc.in)
		if tc.want == "" {
			if err == nil {
				t.Errorf("%s: read as %s, want refused", tc.in, got)
			}
			continue
		}
		if err != nil || got != tc.want {
			t.Errorf("%s: %q, %v; want %q", tc.in, got, err, tc.want)
		}
		if n := SampleName(got); n != tc.name {
			t.Errorf("%s: sample %q, want %q", got, n, tc.name)
		}
	}
}
