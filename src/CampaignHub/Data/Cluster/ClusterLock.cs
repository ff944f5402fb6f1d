using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using CampaignHub.Infrastructure;
using Microsoft.Extensions.Options;
using Npgsql;

namespace CampaignHub.Data.Cluster;

/// <summary>
/// A named lock held by one caller in the whole deployment: timed jobs and start-up seeding take it so that with
/// several app nodes on one PostgreSQL database each runs once, not once per node.
/// </summary>
public interface IClusterLock
{
    /// <summary>Takes the lock, or returns null at once when another caller (on any node) holds it.</summary>
    Task<IAsyncDisposable?> TryAcquireAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>Takes the lock, waiting while another caller holds it.</summary>
    Task<IAsyncDisposable> AcquireAsync(string name, CancellationToken cancellationToken = default);
}

/// <summary>
/// On PostgreSQL a session advisory lock (<c>pg_try_advisory_lock</c>) on a connection of its own, released when the
/// lease is disposed or, if the node dies, when PostgreSQL sees its connection close. On SQLite the database is one
/// machine's file served by one node, so an in-process lock is the whole cluster.
/// </summary>
public sealed class ClusterLock(IOptions<CampaignHubOptions> options) : IClusterLock
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _local = new(StringComparer.Ordinal);

    public async Task<IAsyncDisposable?> TryAcquireAsync(string name, CancellationToken cancellationToken = default)
    {
        var gate = _local.GetOrAdd(name, _ => new SemaphoreSlim(1, 1));
        if (!await gate.WaitAsync(TimeSpan.Zero, cancellationToken))
        {
            return null;
        }

        try
        {
            if (options.Value.Database.Provider != DatabaseProvider.Postgres)
            {
                return new Lease(gate, null);
            }

            var connection = await OpenAsync(cancellationToken);
            if (await ExecuteAsync<bool>(connection, "SELECT pg_try_advisory_lock(@key)", name, cancellationToken))
            {
                return new Lease(gate, (connection, KeyOf(name)));
            }

            await connection.DisposeAsync();
            gate.Release();
            return null;
        }
        catch
        {
            gate.Release();
            throw;
        }
    }

    public async Task<IAsyncDisposable> AcquireAsync(string name, CancellationToken cancellationToken = default)
    {
        // Polls rather than blocking in pg_advisory_lock: a wait as long as another node's seeding (a minute or more)
        // would outlast any command timeout, and a poll stays cancellable.
        while (true)
        {
            if (await TryAcquireAsync(name, cancellationToken) is { } lease)
            {
                return lease;
            }

            await Task.Delay(PollInterval, cancellationToken);
        }
    }

    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(250);

    /// <summary>A stable 64-bit key per lock name (advisory locks are numbered, and scoped to the database).</summary>
    public static long KeyOf(string name) => BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes("campaignhub:" + name)), 0);

    private async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        // Not pooled: the lock belongs to the session, and a pooled session would outlive the lease.
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(options.Value.ResolveConnectionString()) { Pooling = false }.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    private static async Task<T> ExecuteAsync<T>(NpgsqlConnection connection, string sql, string name, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("key", KeyOf(name));
        return (T)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private sealed class Lease(SemaphoreSlim gate, (NpgsqlConnection Connection, long Key)? advisory) : IAsyncDisposable
    {
        private int _disposed;

        public async ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 1)
            {
                return;
            }

            try
            {
                if (advisory is { } held)
                {
                    // Closing the unpooled session releases the lock too; unlocking first makes the release immediate
                    // even if the close is slow.
                    await using (held.Connection)
                    {
                        await using var command = new NpgsqlCommand("SELECT pg_advisory_unlock(@key)", held.Connection);
                        command.Parameters.AddWithValue("key", held.Key);
                        await command.ExecuteScalarAsync();
                    }
                }
            }
            finally
            {
                gate.Release();
            }
        }
    }
}
