package rest

import (
	"net/http"

	"github.com/keybs/platform/internal/primitives"
)

// primitiveJSON is POST /v1/primitives/{primitiveId}'s answer.
type primitiveJSON struct {
	*primitives.Result
	Environment string `json:"environment"`
}

func (h *handler) invokePrimitive(c call) error {
	r, err := h.Primitives.Invoke(c.ctx(), c.path("primitiveId"), c.decode)
	if err != nil {
		return err
	}
	return c.json(http.StatusOK, primitiveJSON{Result: r, Environment: r.Environment.Lower()})
}
