package groupkey_test

import (
	"fmt"
	"testing"

	"github.com/streamr-go/streamr/broker/groupkey"
)

func BenchmarkEncrypt(b *testing.B) {
	for _, n := range []int{100, 1 << 10, 64 << 10} {
		b.Run(fmt.Sprintf("%dB", n), func(b *testing.B) {
			k := groupkey.New()
			c := groupkey.NewCipher(k)
			aad := groupkey.AAD(streamA, 0, k.ID)
			pt := make([]byte, n)
			b.SetBytes(int64(n))
			b.ReportAllocs()
			for b.Loop() {
				_ = c.Encrypt(pt, aad)
			}
		})
	}
}

func BenchmarkDecrypt(b *testing.B) {
	for _, n := range []int{100, 1 << 10, 64 << 10} {
		b.Run(fmt.Sprintf("%dB", n), func(b *testing.B) {
			k := groupkey.New()
			c := groupkey.NewCipher(k)
			aad := groupkey.AAD(streamA, 0, k.ID)
			ct := c.Encrypt(make([]byte, n), aad)
			b.SetBytes(int64(n))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := c.Decrypt(ct, aad); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkSealAnnounce seals one group key to n recipients (on all CPUs) and reports the
// total announce bytes and the number of announces.
func BenchmarkSealAnnounce(b *testing.B) {
	for _, n := range []int{1, 100, 10_000} {
		b.Run(fmt.Sprintf("%drecipients", n), func(b *testing.B) {
			_, rs := members(b, n)
			gk := groupkey.New()
			var size, count int
			for b.Loop() {
				contents, err := groupkey.SealAnnounce(streamA, gk, rs, groupkey.AnnounceLimits{})
				if err != nil {
					b.Fatal(err)
				}
				size, count = 0, len(contents)
				for _, c := range contents {
					size += len(c)
				}
			}
			b.ReportMetric(float64(size), "bytes")
			b.ReportMetric(float64(count), "announces")
			b.ReportMetric(float64(size)/float64(n), "bytes/recipient")
		})
	}
}

// BenchmarkOpenAnnounce: a subscriber finds and opens its key in an announce of n recipients.
func BenchmarkOpenAnnounce(b *testing.B) {
	for _, n := range []int{1, 100, 2000} {
		b.Run(fmt.Sprintf("%drecipients", n), func(b *testing.B) {
			ms, rs := members(b, n)
			contents, err := groupkey.SealAnnounce(streamA, groupkey.New(), rs, groupkey.AnnounceLimits{MaxRecipients: n})
			if err != nil {
				b.Fatal(err)
			}
			me := ms[n/2]
			for b.Loop() {
				if _, found, err := groupkey.OpenAnnounce(contents[0], me.key, me.addr); !found || err != nil {
					b.Fatal(found, err)
				}
			}
		})
	}
}
