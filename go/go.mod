module github.com/zego-codes/zegocodes

go 1.19
