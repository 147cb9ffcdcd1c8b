package facets

// RulesVersion names the rules and data this package reads articles with.
// An index keeps the version its facets were extracted under and is rebuilt
// from its stored articles when a rasid with another one opens it
// (index.Open): otherwise an upgraded archive would filter its old articles
// by the old reading and its new ones by the new, and a filter on a town or
// an actor would answer for neither. TestRulesVersionCoversExtraction fails
// when what the package extracts has changed and the version has not.
const RulesVersion = "728"
