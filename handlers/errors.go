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
	codeDiskFull         = "disk_full"
	codeTimeout          = "timeout"
	codeInternal         = "internal"
)

// ErrorBody is the JSON of every error response.
type ErrorBody struct {
	Error ErrorDetail `json:"error"`
}

// ErrorDetail says what went wrong: a stable code and a message for people.
// Param names the request parameter at fault, when one is, and Value
// repeats what was sent (clipped), so a client can show the bad value and
// offer to remove it.
type ErrorDetail struct {
	Code    string `json:"code"`
	Message string `json:"message"`
	Param   string `json:"param,omitempty"`
	Value   string `json:"value,omitempty"`
}

// apiError is a failed request that already knows its HTTP status. It is
// passed as *apiError, never as an error, so a nil one is a plain nil.
type apiError struct {
	status  int
	code    string
	message string
	param   string
	value   string
}

func badRequest(code, msg string) *apiError {
	return &apiError{status: http.StatusBadRequest, code: code, message: msg}
}

func abortError(c *gin.Context, status int, code, msg string) {
	c.AbortWithStatusJSON(status, ErrorBody{Error: ErrorDetail{Code: code, Message: msg}})
}

// badParam is a 400 that names the parameter at fault and its value.
func badParam(code, param, value, msg string) *apiError {
	return &apiError{status: http.StatusBadRequest, code: code, message: msg, param: param, value: clip(value)}
}

func abortAPIError(c *gin.Context, e *apiError) {
	c.AbortWithStatusJSON(e.status, ErrorBody{Error: ErrorDetail{Code: e.code, Message: e.message, Param: e.param, Value: e.value}})
}
