# rasid — see README.md.

.PHONY: build test run bench eval

build:
	go build -o rasid ./cmd/rasid

# The test command of the README and of .ci/run.
test:
	go vet ./...
	go test -race -count=1 -timeout 15m ./...

# Index the sample articles and serve them with a watcher on examples/.
run:
	go run ./cmd/rasid serve --watch examples

bench:
	go test -run '^$$' -bench . -benchtime 200x ./index ./analyzers ./analyzers/facets

eval:
	go run ./cmd/rasid eval-search
	go run ./cmd/rasid eval-facets
