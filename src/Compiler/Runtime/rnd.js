// Random.Next(min, max): min <= r < max.
function $rnd(min, max) {
  if (min > max) throw new $ArgumentOutOfRangeException("minValue", "'minValue' cannot be greater than maxValue.");
  return min + Math.floor(Math.random() * (max - min));
}
