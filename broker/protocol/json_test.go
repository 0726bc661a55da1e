package protocol

import (
	"bytes"
	"encoding/json"
	"errors"
	"math/rand/v2"
	"strings"
	"testing"
)

func TestJSONRoundTrip(t *testing.T) {
	signed, _ := signedTestEvent(t)
	plain := func(content string) *Event {
		e := signed.Clone()
		e.Content = []byte(content)
		return e
	}
	withTypes := func(ct, enc uint8, content []byte) *Event {
		e := signed.Clone()
		e.ContentType, e.EncryptionType, e.Content = ct, enc, content
		return e
	}
	r := rand.New(rand.NewPCG(7, 8))
	tests := []struct {
		name     string
		e        *Event
		embedded bool // content appears as a JSON value
	}{
		{"signed json", signed, true},
		{"json string", plain(`"hello"`), true},
		{"json number", plain(`42`), true},
		{"json null", plain(`null`), true},
		{"json unicode", plain(`{"city":"Zürich","emoji":"🙂"}`), true},
		{"json with spaces", plain(`{"a": 1}`), false},
		{"json trailing newline", plain("{\"a\":1}\n"), false},
		{"json with html chars", plain(`{"a":"<b>&"}`), false},
		{"json with line separator", plain("{\"a\":\"\u2028\"}"), false},
		{"json escaped html", plain(`{"a":"\u003c"}`), true},
		{"invalid json", plain(`{"a":`), false},
		{"invalid utf8", plain("\"\xff\""), false},
		{"empty", plain(""), false},
		{"binary", withTypes(ContentBinary, EncryptionNone, []byte{0, 1, 2, 0xff}), false},
		{"binary that looks like json", withTypes(ContentBinary, EncryptionNone, []byte(`{"a":1}`)), false},
		{"encrypted json", withTypes(ContentJSON, EncryptionAES256GCM, []byte(`{"a":1}`)), false},
		{"unsigned", &Event{Version: Version}, false},
		{"random", randomEvent(r), false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b, err := json.Marshal(tc.e)
			if err != nil {
				t.Fatal(err)
			}
			var fields map[string]json.RawMessage
			if err := json.Unmarshal(b, &fields); err != nil {
				t.Fatal(err)
			}
			_, hasContent := fields["content"]
			if hasContent != tc.embedded {
				t.Fatalf("content embedded = %v, want %v: %s", hasContent, tc.embedded, b)
			}
			if tc.embedded && !bytes.Equal(fields["content"], tc.e.Content) {
				t.Fatalf("embedded content %s, want %s", fields["content"], tc.e.Content)
			}
			var got Event
			if err := json.Unmarshal(b, &got); err != nil {
				t.Fatalf("%v: %s", err, b)
			}
			if !got.Equal(tc.e) {
				t.Fatalf("round trip:\n got %+v\nwant %+v\njson %s", &got, tc.e, b)
			}
			// Nested in another value, through encoding/json's compaction and escaping.
			type envelope struct {
				Events []Event `json:"events"`
				Note   string  `json:"note"`
			}
			nb, err := json.Marshal(envelope{Events: []Event{*tc.e}, Note: "<&>"})
			if err != nil {
				t.Fatal(err)
			}
			var env envelope
			if err := json.Unmarshal(nb, &env); err != nil {
				t.Fatal(err)
			}
			if len(env.Events) != 1 || !env.Events[0].Equal(tc.e) {
				t.Fatalf("nested round trip changed the event: %s", nb)
			}
		})
	}
}

func TestJSONForm(t *testing.T) {
	e, _ := signedTestEvent(t)
	b, err := json.Marshal(e)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		`"stream":"0x1234567890abcdef1234567890abcdef12345678"`,
		`"timestamp":1717171717123`,
		`"content":{"temperature":21.5,"unit":"C"}`,
		`"signature":"0x`,
		`"msgChainId":"0x6d7367636861696e2d30303031000000000000000000000000000000000000ab"`,
	} {
		if !strings.Contains(string(b), want) {
			t.Errorf("JSON lacks %s:\n%s", want, b)
		}
	}
	// Human-written JSON with whitespace inside content: the content is its compact form.
	in := `{"version":1,"stream":"0x1234567890abcdef1234567890abcdef12345678","partition":0,
		"timestamp":1,"sequence":0,"publisher":"0x0000000000000000000000000000000000000001",
		"originType":0,"msgChainId":"0x0000000000000000000000000000000000000000000000000000000000000000",
		"prevTimestamp":0,"prevSequence":0,"messageType":0,"contentType":0,"encryptionType":0,
		"groupKeyId":"0x0000000000000000000000000000000000000000000000000000000000000000",
		"content": { "a" : [1, 2], "s": " x < y " } ,"signatureType":1,"signature":"0x"}`
	var got Event
	if err := json.Unmarshal([]byte(in), &got); err != nil {
		t.Fatal(err)
	}
	if string(got.Content) != `{"a":[1,2],"s":" x < y "}` {
		t.Fatalf("content %q", got.Content)
	}
}

func TestJSONErrors(t *testing.T) {
	e, _ := signedTestEvent(t)
	good, err := json.Marshal(e)
	if err != nil {
		t.Fatal(err)
	}
	replace := func(old, new string) string {
		if !strings.Contains(string(good), old) {
			t.Fatalf("fixture lacks %s", old)
		}
		return strings.Replace(string(good), old, new, 1)
	}
	tests := []struct {
		name string
		in   string
	}{
		{"not an object", `[1]`},
		{"empty", ``},
		{"truncated", string(good[:len(good)-1])},
		{"trailing data", string(good) + `{}`},
		{"unknown field", replace(`"version":1`, `"version":1,"extra":true`)},
		{"both contents", replace(`"signatureType"`, `"contentBase64":"AA==","signatureType"`)},
		{"json value for binary", replace(`"contentType":0`, `"contentType":1`)},
		{"json value for encrypted", replace(`"encryptionType":0`, `"encryptionType":1`)},
		{"bad address", replace(`"stream":"0x1234567890abcdef1234567890abcdef12345678"`, `"stream":"0x12"`)},
		{"bad chain id", replace(`"msgChainId":"0x6d`, `"msgChainId":"0x6`)},
		{"signature without 0x", replace(`"signature":"0x`, `"signature":"`)},
		{"uint8 overflow", replace(`"version":1`, `"version":256`)},
		{"negative", replace(`"partition":3`, `"partition":-3`)},
		{"bad base64", replace(`"content":{"temperature":21.5,"unit":"C"}`, `"contentBase64":"!!"`)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got Event
			err := got.UnmarshalJSON([]byte(tc.in))
			if !errors.Is(err, ErrInvalidJSON) {
				t.Fatalf("got %v, want ErrInvalidJSON", err)
			}
		})
	}
}

// TestJSONSurvivesReindent: re-indenting the JSON form (json.Indent, jq, a log viewer)
// leaves the event, and so its signature, intact.
func TestJSONSurvivesReindent(t *testing.T) {
	e, _ := signedTestEvent(t)
	b, err := json.Marshal(e)
	if err != nil {
		t.Fatal(err)
	}
	var pretty bytes.Buffer
	if err := json.Indent(&pretty, b, "", "    "); err != nil {
		t.Fatal(err)
	}
	var got Event
	if err := json.Unmarshal(pretty.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	if !got.Equal(e) {
		t.Fatalf("re-indented JSON changed the event:\n%s", pretty.Bytes())
	}
	if err := testDomain.Verify(&got); err != nil {
		t.Fatal(err)
	}
}
