package zegocodes

import (
	"sync"
	"testing"
)

// Eight goroutines answer every expectation at once (make test-go runs this under -race).
func TestConcurrentLookups(t *testing.T) {
	e := load(t)
	const goroutines, rounds = 8, 50
	var wg sync.WaitGroup
	failures := make(chan string, goroutines)
	for i := 0; i < goroutines; i++ {
		wg.Add(1)
		go func(offset int) {
			defer wg.Done()
			for round := 0; round < rounds; round++ {
				for j := range e.codes {
					r := e.codes[(j+offset*7)%len(e.codes)]
					if d := answers(t, r); d != "" {
						failures <- d
						return
					}
				}
			}
		}(i)
	}
	wg.Wait()
	close(failures)
	for d := range failures {
		t.Error(d)
	}
}
