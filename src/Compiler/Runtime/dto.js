// new DateTimeOffset(DateTime): Unix milliseconds; a Local value is shifted back to UTC.
function $dto(d) {
  return d.Kind === 2 ? d.ms + new Date(d.ms).getTimezoneOffset() * 60000 : d.ms;
}
