package handlers

import (
	_ "embed"
	"net/http"

	"github.com/gin-gonic/gin"
)

// openAPISpec describes the API; openapi_test.go checks real responses
// against it, so the two cannot drift apart unnoticed.
//
//go:embed openapi.json
var openAPISpec []byte

func (s *Server) handleOpenAPI(c *gin.Context) {
	c.Data(http.StatusOK, "application/json; charset=utf-8", openAPISpec)
}
