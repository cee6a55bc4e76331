/** Luhn (mod 10) sum of a digit string; the string must already be digits only. */
function luhnSum(digits: string, doubleFirst: boolean): number {
  let sum = 0;
  let double = doubleFirst;
  for (let i = digits.length - 1; i >= 0; i--) {
    let digit = digits.charCodeAt(i) - 48;
    if (double) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
    double = !double;
  }
  return sum;
}

export function isLuhnValid(digits: string): boolean {
  return luhnSum(digits, false) % 10 === 0;
}

/** The digit to append to `payload` so that the whole passes Luhn. */
export function luhnCheckDigit(payload: string): string {
  return String((10 - (luhnSum(payload, true) % 10)) % 10);
}

/**
 * Remainder of a decimal string of any length divided by 97, digit by digit: NIR (13 digits)
 * still fits a double, but RIB payloads (23 digits) do not, and BigInt is not needed for this.
 */
export function mod97(digits: string): number {
  let remainder = 0;
  for (let i = 0; i < digits.length; i++) {
    remainder = (remainder * 10 + (digits.charCodeAt(i) - 48)) % 97;
  }
  return remainder;
}

export function digitSum(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) sum += digits.charCodeAt(i) - 48;
  return sum;
}
