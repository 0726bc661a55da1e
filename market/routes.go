package market

import (
	"net/http"

	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

func (s *Service) routes(reg prometheus.Registerer) error {
	e := echo.New()
	e.HideBanner, e.HidePort = true, true
	e.HTTPErrorHandler = s.errorHandler
	e.IPExtractor = ipExtractor(s.cfg.TrustedProxies)
	e.Logger.SetOutput(discard{})

	e.Use(s.observe)
	e.Use(middleware.RecoverWithConfig(middleware.RecoverConfig{DisablePrintStack: true, LogErrorFunc: func(c echo.Context, err error, stack []byte) error {
		s.log.Error("panic", "path", c.Path(), "err", err, "stack", string(stack))
		return err
	}}))
	e.Use(securityHeaders, s.cors, s.rateLimit, s.timeout)
	e.Use(middleware.BodyLimit(byteSize(s.cfg.MaxBodyBytes)))

	var metricsHandler http.Handler = promhttp.Handler()
	if g, ok := reg.(prometheus.Gatherer); ok {
		metricsHandler = promhttp.HandlerFor(g, promhttp.HandlerOpts{})
	}
	e.GET("/healthz", s.handleHealth)
	e.GET("/readyz", s.handleReady)
	e.GET("/metrics", echo.WrapHandler(metricsHandler))
	e.GET("/openapi.json", s.handleOpenAPI)

	v := s.api.validate(s.cfg.MaxBodyBytes)
	// Middleware is given per route rather than on a group: a group's middleware makes Echo
	// answer 404 where 405 is right.
	g := apiGroup{e: e, prefix: "/api/v1", mw: []echo.MiddlewareFunc{v, s.session}}
	g.GET("/auth/nonce", s.handleNonce)
	g.POST("/auth/verify", s.handleVerify)
	g.POST("/auth/logout", s.handleLogout)
	g.GET("/auth/session", s.handleSession, requireAuth)

	g.GET("/products", s.handleSearch)
	g.GET("/products/:id", s.handleProduct)
	g.POST("/products/:id/quote", s.handleQuote)
	g.GET("/products/:id/flags", s.handleFlags)

	g.POST("/terms", s.handleTerms, requireAuth, s.idempotent)
	g.POST("/listings", s.handleCreateListing, requireAuth, s.idempotent)
	g.GET("/listings/:listingId", s.handleGetListing)
	g.PATCH("/listings/:listingId", s.handlePatchListing, requireAuth)

	g.GET("/purchases/:txHash", s.handlePurchaseStatus)
	g.GET("/me/licenses", s.handleMyLicenses, requireAuth)
	g.GET("/me/purchases", s.handleMyPurchases, requireAuth)
	g.GET("/sellers/:address", s.handleSeller)
	g.GET("/karma/leaderboard", s.handleLeaderboard)
	g.GET("/categories", s.handleCategories)

	s.echo = e
	return nil
}

type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }

func byteSize(n int64) string {
	return formatInt(n) + "B"
}

type apiGroup struct {
	e      *echo.Echo
	prefix string
	mw     []echo.MiddlewareFunc
}

func (g apiGroup) add(method, path string, h echo.HandlerFunc, mw ...echo.MiddlewareFunc) {
	all := append(append([]echo.MiddlewareFunc{}, g.mw...), mw...)
	g.e.Add(method, g.prefix+path, h, all...)
}

func (g apiGroup) GET(path string, h echo.HandlerFunc, mw ...echo.MiddlewareFunc) {
	g.add(http.MethodGet, path, h, mw...)
}

func (g apiGroup) POST(path string, h echo.HandlerFunc, mw ...echo.MiddlewareFunc) {
	g.add(http.MethodPost, path, h, mw...)
}

func (g apiGroup) PATCH(path string, h echo.HandlerFunc, mw ...echo.MiddlewareFunc) {
	g.add(http.MethodPatch, path, h, mw...)
}
