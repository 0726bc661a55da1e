package protocol

import (
	"bytes"
	"encoding/json"
	"strconv"
	"testing"
)

func quoteBytes(b []byte) string { return strconv.Quote(string(b)) }

func decodeSeeds(t testing.TB) [][]byte {
	e, _ := signedTestEvent(t)
	good := mustEncode(t, e)
	bin := e.Clone()
	bin.ContentType, bin.Content = ContentBinary, bytes.Repeat([]byte{0xfe}, 200) // 2-byte length
	empty := e.Clone()
	empty.Content = nil
	return [][]byte{
		good,
		mustEncode(t, bin),
		mustEncode(t, empty),
		good[:HeaderSize],
		append(append([]byte(nil), good...), 0),
		{WireMagic, 2},
		[]byte(`{"version":1}`),
	}
}

func jsonSeeds(t testing.TB) [][]byte {
	e, _ := signedTestEvent(t)
	bin := e.Clone()
	bin.ContentType, bin.Content = ContentBinary, []byte{0, 1, 2}
	spaced := e.Clone()
	spaced.Content = []byte(`{"a": "<b>"}`)
	var seeds [][]byte
	for _, ev := range []*Event{e, bin, spaced, {Version: Version}} {
		b, err := json.Marshal(ev)
		if err != nil {
			t.Fatal(err)
		}
		seeds = append(seeds, b)
	}
	return append(seeds, []byte(`{"content":null}`), []byte(`{"contentBase64":"AA==","version":300}`))
}

// FuzzDecode: Decode never panics, and whatever it accepts has exactly one encoding and
// survives the JSON form.
func FuzzDecode(f *testing.F) {
	for _, s := range decodeSeeds(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		e, err := Decode(b)
		shared, serr := DecodeShared(b, DefaultMaxContentSize)
		if (err == nil) != (serr == nil) || (err != nil && err.Error() != serr.Error()) {
			t.Fatalf("Decode says %v, DecodeShared %v", err, serr)
		}
		// Into an event that held another: the same answer, nothing of the old one left.
		into := Event{Timestamp: 7, Content: []byte("old"), Signature: []byte("old")}
		ierr := DecodeSharedInto(&into, b, DefaultMaxContentSize)
		if (err == nil) != (ierr == nil) || (err != nil && err.Error() != ierr.Error()) {
			t.Fatalf("Decode says %v, DecodeSharedInto %v", err, ierr)
		}
		if err == nil && !into.Equal(e) {
			t.Fatalf("DecodeSharedInto decoded %+v, Decode %+v", into, e)
		}
		if err != nil {
			if e != nil || shared != nil {
				t.Fatal("event returned with error")
			}
			return
		}
		if !shared.Equal(e) {
			t.Fatalf("DecodeShared decoded %+v, Decode %+v", shared, e)
		}
		out, err := Encode(e)
		if err != nil {
			t.Fatalf("re-encode: %v", err)
		}
		if !bytes.Equal(out, b) {
			t.Fatalf("non-canonical round trip:\n in %x\nout %x", b, out)
		}
		_ = Validate(e, DefaultLimits())
		j, err := json.Marshal(e)
		if err != nil {
			t.Fatalf("marshal JSON: %v", err)
		}
		var back Event
		if err := json.Unmarshal(j, &back); err != nil {
			t.Fatalf("unmarshal own JSON: %v\n%s", err, j)
		}
		if !back.Equal(e) {
			t.Fatalf("JSON round trip changed the event\n%s", j)
		}
	})
}

// FuzzJSON: UnmarshalJSON never panics, and whatever it accepts round-trips through
// MarshalJSON and, when it is encodable, through the wire format.
func FuzzJSON(f *testing.F) {
	for _, s := range jsonSeeds(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		var e Event
		if err := json.Unmarshal(b, &e); err != nil {
			return
		}
		j, err := json.Marshal(&e)
		if err != nil {
			t.Fatalf("marshal: %v", err)
		}
		var back Event
		if err := json.Unmarshal(j, &back); err != nil {
			t.Fatalf("unmarshal own output: %v\n%s", err, j)
		}
		if !back.Equal(&e) {
			t.Fatalf("round trip changed the event\n in %s\nout %s", b, j)
		}
		w, err := Encode(&e)
		if err != nil {
			return // unsigned or wrong version: not encodable, fine
		}
		d, err := DecodeWithLimit(w, HardMaxContentSize)
		if err != nil {
			t.Fatalf("decode own encoding: %v", err)
		}
		if !d.Equal(&e) {
			t.Fatal("wire round trip changed the event")
		}
	})
}
