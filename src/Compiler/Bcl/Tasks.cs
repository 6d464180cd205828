namespace Cs2Js.Bcl
{
    // Task/Task<T> are native Promises; TaskCompletionSource is $Tcs; a CancellationToken is its
    // $Cts source (CancellationToken.None / default is null), so token members are null-safe.
    static partial class BclMap
    {
        static void RegisterTasks()
        {
            const string T = "System.Threading.Tasks.Task";
            Add($"T:{T}", "Promise");
            Add($"T:{T}`1", "Promise");
            Add($"M:{T}.Delay(System.Int32)", "$sleep({0})");
            Add($"M:{T}.Delay(System.Int32,System.Threading.CancellationToken)", "$delay({0}, {1})");
            // TimeSpan is ticks; setTimeout wants milliseconds.
            Add($"M:{T}.Delay(System.TimeSpan)", "$sleep({0} / 1e4)");
            Add($"M:{T}.Delay(System.TimeSpan,System.Threading.CancellationToken)", "$delay({0} / 1e4, {1})");
            Add($"M:{T}.WhenAll(System.Threading.Tasks.Task[])", "$whenAll({0})");
            Add($"M:{T}.WhenAll(System.Collections.Generic.IEnumerable{{System.Threading.Tasks.Task}})", "$whenAll({0})");
            Add($"M:{T}.WhenAll``1(System.Threading.Tasks.Task{{``0}}[])", "$whenAll({0})");
            Add($"M:{T}.WhenAll``1(System.Collections.Generic.IEnumerable{{System.Threading.Tasks.Task{{``0}}}})", "$whenAll({0})");
            // C# 13 binds Task.WhenAll(a, b) to the params ReadOnlySpan overloads; the core passes them as arrays.
            Add($"M:{T}.WhenAll(System.ReadOnlySpan{{System.Threading.Tasks.Task}})", "$whenAll({0})");
            Add($"M:{T}.WhenAll``1(System.ReadOnlySpan{{System.Threading.Tasks.Task{{``0}}}})", "$whenAll({0})");
            Add($"M:{T}.WhenAny(System.ReadOnlySpan{{System.Threading.Tasks.Task}})", "$whenAny({0})");
            Add($"M:{T}.WhenAny``1(System.ReadOnlySpan{{System.Threading.Tasks.Task{{``0}}}})", "$whenAny({0})");
            // A promise cannot resolve to a promise: $whenAny gives [winner]; `await Task.WhenAny(..)`
            // must be emitted as `(await $whenAny(..))[0]` by the core.
            Add($"M:{T}.WhenAny(System.Threading.Tasks.Task[])", "$whenAny({0})");
            Add($"M:{T}.WhenAny(System.Collections.Generic.IEnumerable{{System.Threading.Tasks.Task}})", "$whenAny({0})");
            Add($"M:{T}.WhenAny(System.Threading.Tasks.Task,System.Threading.Tasks.Task)", "$whenAny([{0}, {1}])");
            Add($"M:{T}.WhenAny``1(System.Threading.Tasks.Task{{``0}}[])", "$whenAny({0})");
            Add($"M:{T}.WhenAny``1(System.Collections.Generic.IEnumerable{{System.Threading.Tasks.Task{{``0}}}})", "$whenAny({0})");
            Add($"M:{T}.WhenAny``1(System.Threading.Tasks.Task{{``0}},System.Threading.Tasks.Task{{``0}})", "$whenAny([{0}, {1}])");
            Add($"M:{T}.FromResult``1(``0)", "Promise.resolve({0})");
            Add($"P:{T}.CompletedTask", "Promise.resolve()");
            Add($"M:{T}.FromException(System.Exception)", "Promise.reject({0})");
            Add($"M:{T}.FromException``1(System.Exception)", "Promise.reject({0})");
            Add($"M:{T}.FromCanceled(System.Threading.CancellationToken)", "Promise.reject(new $TaskCanceledException(\"A task was canceled.\"))");
            // Task.Yield: a macrotask turn, so timers and I/O callbacks get to run.
            Add($"M:{T}.Yield", "new Promise(r => setTimeout(r, 0))");
            Add($"M:{T}.ConfigureAwait(System.Boolean)", "{this}");
            Add($"M:{T}`1.ConfigureAwait(System.Boolean)", "{this}");

            foreach (var tcs in new[] { "System.Threading.Tasks.TaskCompletionSource`1", "System.Threading.Tasks.TaskCompletionSource" })
            {
                bool generic = tcs.EndsWith("`1");
                Add($"T:{tcs}", "$Tcs");
                Add($"M:{tcs}.#ctor", "new $Tcs()");
                Add($"P:{tcs}.Task", "{this}.Task");
                Add(generic ? $"M:{tcs}.SetResult(`0)" : $"M:{tcs}.SetResult", generic ? "{this}.SetResult({0})" : "{this}.SetResult()");
                Add(generic ? $"M:{tcs}.TrySetResult(`0)" : $"M:{tcs}.TrySetResult", generic ? "{this}.TrySetResult({0})" : "{this}.TrySetResult()");
                Add($"M:{tcs}.SetException(System.Exception)", "{this}.SetException({0})");
                Add($"M:{tcs}.TrySetException(System.Exception)", "{this}.TrySetException({0})");
                Add($"M:{tcs}.SetCanceled", "{this}.SetCanceled()");
                Add($"M:{tcs}.TrySetCanceled", "{this}.TrySetCanceled()");
            }

            RegisterObservedTasks();

            const string C = "System.Threading.CancellationTokenSource";
            Add($"T:{C}", "$Cts");
            Add($"M:{C}.#ctor", "new $Cts()");
            Add($"M:{C}.#ctor(System.Int32)", "new $Cts({0})");
            Add($"M:{C}.#ctor(System.TimeSpan)", "new $Cts({0} / 1e4)");
            Add($"M:{C}.Cancel", "{this}.Cancel()");
            Add($"M:{C}.CancelAfter(System.Int32)", "{this}.CancelAfter({0})");
            Add($"M:{C}.CancelAfter(System.TimeSpan)", "{this}.CancelAfter({0} / 1e4)");
            Add($"M:{C}.Dispose", "{this}.Dispose()");
            Add($"P:{C}.Token", "{this}");
            Add($"P:{C}.IsCancellationRequested", "{this}.IsCancellationRequested");
            Add($"M:{C}.CreateLinkedTokenSource(System.Threading.CancellationToken,System.Threading.CancellationToken)", "$ctsLinked([{0}, {1}])");
            Add($"M:{C}.CreateLinkedTokenSource(System.Threading.CancellationToken[])", "$ctsLinked({0})");
            Add($"M:{C}.CreateLinkedTokenSource(System.Threading.CancellationToken)", "$ctsLinked([{0}])");

            const string K = "System.Threading.CancellationToken";
            Add($"P:{K}.None", "null");
            Add($"M:{K}.#ctor", "null");
            Add($"M:{K}.#ctor(System.Boolean)", "$ctNew({0})");
            Add($"P:{K}.IsCancellationRequested", "({this}?.IsCancellationRequested === true)");
            Add($"P:{K}.CanBeCanceled", "({this} != null)");
            Add($"M:{K}.ThrowIfCancellationRequested", "$ctThrow({this})");
            Add("P:System.OperationCanceledException.CancellationToken", "$octk({this})");
            Add($"M:{K}.Register(System.Action)", "$ctReg({this}, {0})");
            Add($"M:{K}.op_Equality({K},{K})", "({0} == {1})");
            Add($"M:{K}.op_Inequality({K},{K})", "({0} != {1})");
            Add("M:System.Threading.CancellationTokenRegistration.Dispose", "{this}.Dispose()");
        }
    
        /// <summary>A program that observes its tasks (<c>Reach.Reified.Tasks</c>): Task, ValueTask and
        /// TaskCompletionSource are all <c>$Task</c>, async methods run through <c>$run</c>. Members listed
        /// only here (IsCompleted, Status, ContinueWith, ValueTask…) are what makes a program observe.</summary>
        static void RegisterObservedTasks()
        {
            const string T = "System.Threading.Tasks.Task", VT = "System.Threading.Tasks.ValueTask", Ex = "System.Exception";
            foreach (var t in new[] { T, T + "`1", VT, VT + "`1" })
            {
                AddTask($"T:{t}", "$Task");
                AddTask($"M:{t}.ConfigureAwait(System.Boolean)", "{this}");
                // Task<T> inherits these from Task.
                if (t != T + "`1")
                    foreach (var p in new[] { "IsCompleted", "IsCompletedSuccessfully", "IsFaulted", "IsCanceled" })
                        AddTask($"P:{t}.{p}", "{this}." + p);
            }
            AddTask($"P:{T}.Status", "{this}.Status");
            AddTask($"P:{T}.Exception", "{this}.Exception");
            // Reached only where Check proved the task complete (a ContinueWith continuation's antecedent).
            AddTask($"P:{T}`1.Result", "{this}.Result");
            AddTask($"P:{VT}`1.Result", "{this}.Result");
            AddTask($"M:{VT}.AsTask", "{this}");
            AddTask($"M:{VT}`1.AsTask", "{this}");
            AddTask($"M:{VT}.#ctor({T})", "$Task.of({0})");
            AddTask($"M:{VT}`1.#ctor({T}{{`0}})", "$Task.of({0})");
            AddTask($"M:{VT}`1.#ctor(`0)", "$Task.from({0})");
            AddTask($"M:{VT}.FromResult``1(``0)", "$Task.from({0})");
            AddTask($"P:{VT}.CompletedTask", "$Task.from()");
            AddTask($"M:{VT}.FromException(System.Exception)", "$Task.fault({0})");
            AddTask($"M:{VT}.FromException``1(System.Exception)", "$Task.fault({0})");
            AddTask($"M:{VT}.FromCanceled(System.Threading.CancellationToken)", "$Task.canceled({0})");

            AddTask($"M:{T}.Delay(System.Int32)", "$Task.delay({0})");
            AddTask($"M:{T}.Delay(System.Int32,System.Threading.CancellationToken)", "$Task.delay({0}, {1})");
            AddTask($"M:{T}.Delay(System.TimeSpan)", "$Task.delay({0} / 1e4)");
            AddTask($"M:{T}.Delay(System.TimeSpan,System.Threading.CancellationToken)", "$Task.delay({0} / 1e4, {1})");
            foreach (var when in new[] { "WhenAll", "WhenAny" })
            {
                var f = when == "WhenAll" ? "$Task.all" : "$Task.any";
                foreach (var sig in new[] { "(System.Threading.Tasks.Task[])", "(System.Collections.Generic.IEnumerable{System.Threading.Tasks.Task})", "(System.ReadOnlySpan{System.Threading.Tasks.Task})",
                    "``1(System.Threading.Tasks.Task{``0}[])", "``1(System.Collections.Generic.IEnumerable{System.Threading.Tasks.Task{``0}})", "``1(System.ReadOnlySpan{System.Threading.Tasks.Task{``0}})" })
                    // WhenAll<T> lists the faults in argument order, the non-generic one in the order they happened (.NET 9+).
                    AddTask($"M:{T}.{when}{sig}", f + (when == "WhenAll" && sig.StartsWith("``1") ? "({0}, 1)" : "({0})"));
            }
            AddTask($"M:{T}.WhenAny(System.Threading.Tasks.Task,System.Threading.Tasks.Task)", "$Task.any([{0}, {1}])");
            AddTask($"M:{T}.WhenAny``1(System.Threading.Tasks.Task{{``0}},System.Threading.Tasks.Task{{``0}})", "$Task.any([{0}, {1}])");
            AddTask($"M:{T}.FromResult``1(``0)", "$Task.from({0})");
            AddTask($"P:{T}.CompletedTask", "$Task.from()");
            AddTask($"M:{T}.FromException({Ex})", "$Task.fault({0})");
            AddTask($"M:{T}.FromException``1({Ex})", "$Task.fault({0})");
            AddTask($"M:{T}.FromCanceled(System.Threading.CancellationToken)", "$Task.canceled({0})");
            AddTask($"M:{T}.FromCanceled``1(System.Threading.CancellationToken)", "$Task.canceled({0})");
            AddTask($"M:{T}.Yield", "$Task.yield()");

            const string TCO = "System.Threading.Tasks.TaskContinuationOptions";
            AddTask($"M:{T}.ContinueWith(System.Action{{{T}}})", "{this}.ContinueWith({0}, 0)");
            AddTask($"M:{T}.ContinueWith(System.Action{{{T}}},{TCO})", "{this}.ContinueWith({0}, {1})");
            AddTask($"M:{T}.ContinueWith``1(System.Func{{{T},``0}})", "{this}.ContinueWith({0}, 0)");
            AddTask($"M:{T}.ContinueWith``1(System.Func{{{T},``0}},{TCO})", "{this}.ContinueWith({0}, {1})");
            AddTask($"M:{T}`1.ContinueWith(System.Action{{{T}{{`0}}}})", "{this}.ContinueWith({0}, 0)");
            AddTask($"M:{T}`1.ContinueWith(System.Action{{{T}{{`0}}}},{TCO})", "{this}.ContinueWith({0}, {1})");
            AddTask($"M:{T}`1.ContinueWith``1(System.Func{{{T}{{`0}},``0}})", "{this}.ContinueWith({0}, 0)");
            AddTask($"M:{T}`1.ContinueWith``1(System.Func{{{T}{{`0}},``0}},{TCO})", "{this}.ContinueWith({0}, {1})");

            // Async streams: an async iterator method returns $aiter(...), whose enumerator is $AsyncEnum.
            const string G = "System.Collections.Generic";
            AddTask($"M:{G}.IAsyncEnumerable`1.GetAsyncEnumerator(System.Threading.CancellationToken)", "{this}.GetAsyncEnumerator()");
            AddTask($"M:{G}.IAsyncEnumerator`1.MoveNextAsync", "{this}.MoveNextAsync()");
            AddTask($"P:{G}.IAsyncEnumerator`1.Current", "{this}.Current");
            AddTask("M:System.IAsyncDisposable.DisposeAsync", "{this}.DisposeAsync()");

            AddTask("M:System.AggregateException.Flatten", "$aggFlatten({this})");
            AddTask("M:System.AggregateException.Handle(System.Func{System.Exception,System.Boolean})", "$aggHandle({this}, {0})");

            foreach (var tcs in new[] { "System.Threading.Tasks.TaskCompletionSource`1", "System.Threading.Tasks.TaskCompletionSource" })
            {
                bool generic = tcs.EndsWith("`1");
                AddTask($"T:{tcs}", "$Task");
                AddTask($"M:{tcs}.#ctor", "new $Task()");
                AddTask($"M:{tcs}.#ctor(System.Threading.Tasks.TaskCreationOptions)", "new $Task({0})");
                AddTask($"P:{tcs}.Task", "{this}");
                AddTask(generic ? $"M:{tcs}.SetResult(`0)" : $"M:{tcs}.SetResult", generic ? "{this}.SetResult({0})" : "{this}.SetResult()");
                AddTask(generic ? $"M:{tcs}.TrySetResult(`0)" : $"M:{tcs}.TrySetResult", generic ? "{this}.TrySetResult({0})" : "{this}.TrySetResult()");
                AddTask($"M:{tcs}.SetException({Ex})", "{this}.SetException({0})");
                AddTask($"M:{tcs}.TrySetException({Ex})", "{this}.TrySetException({0})");
                AddTask($"M:{tcs}.SetCanceled", "{this}.SetCanceled(null)");
                AddTask($"M:{tcs}.TrySetCanceled", "{this}.TrySetCanceled(null)");
                AddTask($"M:{tcs}.SetCanceled(System.Threading.CancellationToken)", "{this}.SetCanceled({0})");
                AddTask($"M:{tcs}.TrySetCanceled(System.Threading.CancellationToken)", "{this}.TrySetCanceled({0})");
            }
        }
    }
}
