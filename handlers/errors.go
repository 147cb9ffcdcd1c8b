package handlers

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

// Error codes a client can branch on. Every error response has the shape
// {"error": {"code": ..., "message": ...}}.
const (
	codeBadParameter     = "bad_parameter"
	codeUnknownParameter = "unknown_parameter"
	codeBadDate          = "bad_date"
	codeBadRange         = "bad_range"
	codeBadSort          = "bad_sort"
	codeBadPage          = "bad_page"
	codeQueryTooLong     = "query_too_long"
	codeUnknownFacet     = "unknown_facet"
	codeBadID            = "bad_id"
	codeNotFound         = "not_found"
	codeMethodNotAllowed = "method_not_allowed"
	codeBadBody          = "bad_body"
	codeBodyTooLarge     = "body_too_large"
	codeUnauthorized     = "unauthorized"
	codeWritesDisabled   = "writes_disabled"
	codeTimeout          = "timeout"
	codeInternal         = "internal"
)

// ErrorBody is the JSON of every error response.
type ErrorBody struct {
	Error ErrorDetail `json:"error"`
}

// ErrorDetail says what went wrong: a stable code and a message for people.
type ErrorDetail struct {
	Code    string `json:"code"`
	Message string `json:"message"`
}

// apiError is an error that already knows its HTTP status.
type apiError struct {
	status  int
	code    string
	message string
}

func (e *apiError) Error() string { return e.code + ": " + e.message }

func badRequest(code, msg string) *apiError {
	return &apiError{status: http.StatusBadRequest, code: code, message: msg}
}

func abortError(c *gin.Context, status int, code, msg string) {
	c.AbortWithStatusJSON(status, ErrorBody{Error: ErrorDetail{Code: code, Message: msg}})
}

func abortAPIError(c *gin.Context, e *apiError) {
	abortError(c, e.status, e.code, e.message)
}
