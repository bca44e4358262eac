// The one rule for numbers in every input: answers files, --set, data files,
// workshop CSV cells and typed answers alike (issue 18). A number is written
// as JSON, and so every program, writes one: digits, with a decimal point or
// an exponent if need be (45, 41.5, -3, 1e2; a leading 0 is no harm). YAML
// would also read 0x10, 0o17, +12, .5 and 45. as numbers: none is how a
// person or a program writes a typing speed, an age or a salary, so each is
// refused, saying how to write it.

export const NUMBER = /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/;
