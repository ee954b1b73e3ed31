package wire

import (
	"encoding/json"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/govreader/govreader/core"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCodeOf(t *testing.T) {
	for _, tc := range []struct {
		err  error
		want string
	}{
		{core.ErrEmptyInput, CodeEmpty},
		{fmt.Errorf("%w: 30 bytes, cap 10", core.ErrTooLarge), CodeTooLarge},
		{core.ErrNotHTML, CodeNotHTML},
		{errors.New("something else"), CodeExtract},
	} {
		assert.Equal(t, tc.want, CodeOf(tc.err), "%v", tc.err)
	}
}

// TestOptionsFromJSON reads options as the extension sends them: every
// field by its JSON name, the budget in milliseconds.
func TestOptionsFromJSON(t *testing.T) {
	var o ExtractOptions
	require.NoError(t, json.Unmarshal([]byte(`{"url":"https://www.example.gov.cn/a.html","max_input_bytes":10,
		"time_budget_ms":250,"charset":"gbk","live_dom":true,"explain":true,"keep":["ab12"]}`), &o))
	assert.Equal(t, core.Options{URL: "https://www.example.gov.cn/a.html", MaxInputBytes: 10, TimeBudget: 250 * time.Millisecond,
		Charset: "gbk", LiveDOM: true, Explain: true, Keep: []string{"ab12"}}, o.Core())
	assert.Equal(t, core.Options{}, ExtractOptions{}.Core(), "no options are core's defaults")
}
