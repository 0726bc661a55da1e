package market

import (
	"bytes"
	"context"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"sync"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/getkin/kin-openapi/openapi3filter"
	"github.com/getkin/kin-openapi/routers"
	"github.com/labstack/echo/v4"
)

//go:embed openapi.yaml
var openapiYAML []byte

// OpenAPIYAML returns the embedded OpenAPI document.
func OpenAPIYAML() []byte { return bytes.Clone(openapiYAML) }

type openAPI struct {
	doc    *openapi3.T
	json   []byte
	routes map[string]*routers.Route // "METHOD /path/{param}"
	opts   *openapi3filter.Options
}

var registerDecoders sync.Once

func loadOpenAPI() (*openAPI, error) {
	registerDecoders.Do(func() {
		openapi3filter.RegisterBodyDecoder("text/markdown", openapi3filter.PlainBodyDecoder)
	})
	loader := openapi3.NewLoader()
	doc, err := loader.LoadFromData(openapiYAML)
	if err != nil {
		return nil, fmt.Errorf("market: loading openapi.yaml: %w", err)
	}
	if err := doc.Validate(context.Background()); err != nil {
		return nil, fmt.Errorf("market: openapi.yaml is invalid: %w", err)
	}
	js, err := json.Marshal(doc)
	if err != nil {
		return nil, fmt.Errorf("market: rendering the OpenAPI document: %w", err)
	}
	a := &openAPI{doc: doc, json: js, routes: map[string]*routers.Route{}}
	for path, item := range doc.Paths.Map() {
		for method, op := range item.Operations() {
			a.routes[method+" "+path] = &routers.Route{Spec: doc, Path: path, PathItem: item, Method: method, Operation: op}
		}
	}
	a.opts = &openapi3filter.Options{
		AuthenticationFunc: openapi3filter.NoopAuthenticationFunc, // sessions are checked by the handlers
		MultiError:         false,
	}
	return a, nil
}

// echoPathToOpenAPI turns "/api/v1/products/:id" into "/api/v1/products/{id}".
func echoPathToOpenAPI(p string) string {
	parts := strings.Split(p, "/")
	for i, s := range parts {
		if strings.HasPrefix(s, ":") {
			parts[i] = "{" + s[1:] + "}"
		}
	}
	return strings.Join(parts, "/")
}

// validate is the middleware checking a request against its operation in the document.
func (a *openAPI) validate(maxBody int64) echo.MiddlewareFunc {
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		return func(c echo.Context) error {
			route, ok := a.routes[c.Request().Method+" "+echoPathToOpenAPI(c.Path())]
			if !ok {
				return next(c)
			}
			req := c.Request()
			if req.Body != nil && req.Body != http.NoBody {
				// Read the body once (bounded) so that validation and the handler both see it.
				body, err := io.ReadAll(io.LimitReader(req.Body, maxBody+1))
				if err != nil {
					var mbe *http.MaxBytesError
					var he *echo.HTTPError
					if errors.As(err, &mbe) || (errors.As(err, &he) && he.Code == http.StatusRequestEntityTooLarge) {
						return problem(http.StatusRequestEntityTooLarge, "too-large", "request body exceeds %d bytes", maxBody)
					}
					return badRequest("reading the request body: %v", err)
				}
				if int64(len(body)) > maxBody {
					return problem(http.StatusRequestEntityTooLarge, "too-large", "request body exceeds %d bytes", maxBody)
				}
				req.Body = io.NopCloser(bytes.NewReader(body))
				req.ContentLength = int64(len(body))
			}
			params := map[string]string{}
			for i, n := range c.ParamNames() {
				params[n] = c.ParamValues()[i]
			}
			in := &openapi3filter.RequestValidationInput{Request: req, PathParams: params, Route: route, Options: a.opts}
			if err := openapi3filter.ValidateRequest(req.Context(), in); err != nil {
				return validationProblem(err)
			}
			return next(c)
		}
	}
}

// validationProblem turns a kin-openapi validation error into a 4xx problem.
func validationProblem(err error) *Problem {
	var re *openapi3filter.RequestError
	if errors.As(err, &re) {
		if re.Parameter != nil {
			reason := re.Reason
			var se *openapi3.SchemaError
			if errors.As(re.Err, &se) {
				reason = se.Reason
			} else if reason == "" && re.Err != nil {
				reason = re.Err.Error()
			}
			return invalidParam(re.Parameter.In, re.Parameter.Name, reason)
		}
		if re.RequestBody != nil {
			if msg := re.Error(); strings.Contains(msg, "unsupported content type") || strings.Contains(msg, "Content-Type has unexpected value") {
				return problem(http.StatusUnsupportedMediaType, "unsupported-media-type", "%s", bodyReason(re))
			}
			p := badRequest("request body: %s", bodyReason(re))
			p.Type = problemBase + "invalid-body"
			var se *openapi3.SchemaError
			if errors.As(re.Err, &se) {
				p.Errors = []FieldError{{In: "body", Name: strings.Join(se.JSONPointer(), "/"), Reason: se.Reason}}
			}
			return p
		}
		return badRequest("%s", re.Error())
	}
	var se *openapi3filter.SecurityRequirementsError
	if errors.As(err, &se) {
		return unauthorized("sign in first")
	}
	return badRequest("%s", err.Error())
}

func bodyReason(re *openapi3filter.RequestError) string {
	var se *openapi3.SchemaError
	if errors.As(re.Err, &se) {
		if ptr := se.JSONPointer(); len(ptr) > 0 {
			return fmt.Sprintf("%s: %s", strings.Join(ptr, "/"), se.Reason)
		}
		return se.Reason
	}
	if re.Err != nil {
		return re.Err.Error()
	}
	return re.Reason
}
